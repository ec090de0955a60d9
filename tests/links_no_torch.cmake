# Fails when the executable EXE loads LibTorch (libtorch*, libc10*) at start-up: the commands
# of `rrsis` that run no model must not pay ~0.7 s for loading it.
# cmake -DEXE=path -P links_no_torch.cmake
execute_process(COMMAND ldd ${EXE} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd ${EXE} failed (${rc})")
endif()
string(REGEX MATCHALL "lib(torch|c10)[^ ]*" torch "${libs}")
if(torch)
  message(FATAL_ERROR "${EXE} loads LibTorch: ${torch}")
endif()
message(STATUS "${EXE} loads no LibTorch")
