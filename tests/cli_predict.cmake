# rrsis predict writes a georeferenced mask of the requested area; rrsis info reads it back.
execute_process(COMMAND ${RRSIS} predict --model ${BUNDLE} --image ${IMAGE} --text "the red car"
                        --aoi 256,512,640,384 --tiled --out ${OUT} --probability ${OUT}.prob.tif
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "predict failed (${rc}): ${out} ${err}")
endif()
if(NOT out MATCHES "Wrote .*: 640 x 384 pixels")
  message(FATAL_ERROR "unexpected predict output: ${out}")
endif()
execute_process(COMMAND ${RRSIS} info --json ${OUT} RESULT_VARIABLE rc OUTPUT_VARIABLE info)
if(NOT rc EQUAL 0 OR NOT info MATCHES "\"crs_authority\": \"EPSG:32632\"" OR NOT info MATCHES "\"width\": 640")
  message(FATAL_ERROR "the mask is not a georeferenced 640 px GeoTIFF: ${info}")
endif()
execute_process(COMMAND ${RRSIS} info --json ${OUT}.prob.tif RESULT_VARIABLE rc OUTPUT_VARIABLE info)
if(NOT rc EQUAL 0 OR NOT info MATCHES "\"height\": 384")
  message(FATAL_ERROR "no probability map: ${info}")
endif()
