# scripts/check_include_graph.py must fail, naming the cycle and the includes, on a tree whose
# folders include each other, and on a torch-free folder that includes LibTorch; and pass on
# the same tree without them. cmake -DPYTHON=... -DSCRIPT=... -DWORK=dir -P include_graph_cycle.cmake
file(REMOVE_RECURSE ${WORK})
file(WRITE ${WORK}/core/raster/scene.h "#pragma once\n#include \"util/result.h\"\n")
file(WRITE ${WORK}/core/util/result.h "#pragma once\n")
execute_process(COMMAND ${PYTHON} ${SCRIPT} ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "an acyclic tree was refused: ${err}")
endif()
file(WRITE ${WORK}/core/util/result.h "#pragma once\n#include \"raster/scene.h\"\n")
execute_process(COMMAND ${PYTHON} ${SCRIPT} ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "cycle: core/raster -> core/util -> core/raster"
   OR NOT err MATCHES "core/util/result.h:2 -> raster/scene.h")
  message(FATAL_ERROR "a cycle was not reported (${rc}): ${err}")
endif()
file(WRITE ${WORK}/core/util/result.h "#pragma once\n#include <torch/torch.h>\n")
execute_process(COMMAND ${PYTHON} ${SCRIPT} ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "core/util must build without LibTorch")
  message(FATAL_ERROR "a LibTorch include in util was not reported (${rc}): ${err}")
endif()
