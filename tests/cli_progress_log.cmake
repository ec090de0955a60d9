# Progress written into a log (stderr not a terminal) is whole lines, not carriage-return redraws.
file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${RRSIS} synth --out ${OUT} --count 3 --size 128
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "synth failed (${rc}): ${err}")
endif()
string(FIND "${err}" "\r" cr)
if(NOT cr EQUAL -1)
  message(FATAL_ERROR "carriage returns in a log: ${err}")
endif()
if(NOT err MATCHES "100 % 3/3\n")
  message(FATAL_ERROR "no final progress line: ${err}")
endif()
