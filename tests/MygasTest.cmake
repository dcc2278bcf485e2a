find_package(Qt6 REQUIRED COMPONENTS Test)

set(MYGAS_TEST_WRAPPER ${CMAKE_CURRENT_LIST_DIR}/support/run-gui-test.sh)

function(mygas_add_test)
  cmake_parse_arguments(T "GUI;BOTH_DBS" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test mygas_testsupport ${T_LIBS})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set(cmd $<TARGET_FILE:${T_NAME}>)
  set(labels ${T_LABELS})
  if(T_GUI)
    set(cmd ${MYGAS_TEST_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    list(APPEND labels gui)
  endif()
  set(env
    "MYGAS_SERVER_BIN=$<TARGET_FILE:mygas-server>"
    "QT_QPA_PLATFORM=$<IF:$<BOOL:${T_GUI}>,xcb,offscreen>"
    "QTWEBENGINE_DISABLE_SANDBOX=1"
    "LC_ALL=C.UTF-8")
  if(T_BOTH_DBS)
    foreach(db sqlite postgresql)
      add_test(NAME ${T_NAME}_${db} COMMAND ${cmd})
      set_tests_properties(${T_NAME}_${db} PROPERTIES
        ENVIRONMENT "${env};MYGAS_TEST_DB=${db}" TIMEOUT ${T_TIMEOUT} LABELS "${labels};${db}")
    endforeach()
  else()
    add_test(NAME ${T_NAME} COMMAND ${cmd})
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT} LABELS "${labels}")
  endif()
endfunction()
