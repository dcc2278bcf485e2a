# cmake -DNODE=<node> -DDOCS_DIR=<docs> -P OpenapiLint.cmake
# Lints DOCS_DIR/openapi.yaml with DOCS_DIR/redocly.yaml; fails on any error
# or warning.
if(NOT NODE)
  message(FATAL_ERROR "openapi_lint: Node.js was not found when the build was configured; install nodejs and re-run cmake")
endif()
set(cli ${DOCS_DIR}/node_modules/@redocly/cli/bin/cli.js)
if(NOT EXISTS ${cli})
  message(FATAL_ERROR "openapi_lint: ${cli} is missing; run `npm ci` in ${DOCS_DIR} first")
endif()

# No telemetry or update check: the lint must work offline.
set(ENV{REDOCLY_TELEMETRY} off)
set(ENV{REDOCLY_SUPPRESS_UPDATE_NOTICE} true)

execute_process(
  COMMAND ${NODE} ${cli} lint openapi.yaml --format=json
  WORKING_DIRECTORY ${DOCS_DIR}
  OUTPUT_VARIABLE json
  ERROR_VARIABLE stderr
  RESULT_VARIABLE rc)
string(JSON errors ERROR_VARIABLE json_error GET "${json}" totals errors)
string(JSON warnings ERROR_VARIABLE json_error2 GET "${json}" totals warnings)
string(JSON ignored ERROR_VARIABLE json_error3 GET "${json}" totals ignored)
if(json_error OR json_error2 OR json_error3)
  message(FATAL_ERROR "openapi_lint: the linter did not report totals (exit ${rc}):\n${json}\n${stderr}")
endif()

if(NOT rc EQUAL 0 OR NOT errors EQUAL 0 OR NOT warnings EQUAL 0 OR NOT ignored EQUAL 0)
  # Show the problems in the readable form.
  execute_process(COMMAND ${NODE} ${cli} lint openapi.yaml WORKING_DIRECTORY ${DOCS_DIR})
  message(FATAL_ERROR "openapi_lint: ${errors} error(s), ${warnings} warning(s), ${ignored} ignored problem(s)")
endif()
message(STATUS "openapi_lint: openapi.yaml is valid, no warnings")
