# rrsis dataset from-classes end to end on a tiny image and an all-red mask made with gdal_create.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/src/images ${WORK}/src/masks)
execute_process(COMMAND ${GDAL_CREATE} -of GTiff -outsize 300 300 -bands 3 -burn 10 -burn 20 -burn 30 ${WORK}/src/images/a.tif
                RESULT_VARIABLE rc)
execute_process(COMMAND ${GDAL_CREATE} -of GTiff -outsize 300 300 -bands 3 -burn 255 -burn 0 -burn 0 ${WORK}/src/masks/a.tif
                RESULT_VARIABLE rc2)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "gdal_create failed: ${rc} ${rc2}")
endif()
file(WRITE ${WORK}/classes.json "[{\"name\": \"red\", \"color\": [255, 0, 0], \"expressions\": [\"the red area\"]}]")
execute_process(COMMAND ${RRSIS} dataset from-classes --images ${WORK}/src/images --masks ${WORK}/src/masks
                --classes ${WORK}/classes.json --out ${WORK}/out --chip 128 --scales 1,2
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
# 300 px: 2 x 2 chips at full size, 1 at half size; red everywhere: one sample per chip.
if(NOT rc EQUAL 0 OR NOT out MATCHES "Wrote 5 samples from 5 chips")
  message(FATAL_ERROR "from-classes: exit ${rc}: ${out} ${err}")
endif()
file(READ ${WORK}/out/output_phrase_train.txt phrases)
if(NOT phrases MATCHES "^0 the red area\n1 the red area\n")
  message(FATAL_ERROR "phrase file: ${phrases}")
endif()
# Usage errors exit with 2, bad input with 1, and say why.
execute_process(COMMAND ${RRSIS} dataset from-classes --classes ${WORK}/classes.json --out ${WORK}/x
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "give --images and --masks")
  message(FATAL_ERROR "missing folders: exit ${rc}: ${err}")
endif()
execute_process(COMMAND ${RRSIS} dataset from-classes --images ${WORK}/nowhere --masks ${WORK}/src/masks
                --classes ${WORK}/classes.json --out ${WORK}/x RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "The images folder .*nowhere does not exist")
  message(FATAL_ERROR "missing images folder: exit ${rc}: ${err}")
endif()
execute_process(COMMAND ${RRSIS} dataset from-classes --images ${WORK}/src/images --masks ${WORK}/src/masks
                --classes ${WORK}/classes.json --out ${WORK}/out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "is not empty")
  message(FATAL_ERROR "existing output: exit ${rc}: ${err}")
endif()
