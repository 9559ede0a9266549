# Fails when the source has translatable strings the .ts does not know, or
# the .ts holds strings the source no longer has: run the update_translations
# target (translations/README.md) and translate what is new.
#
#   cmake -DLUPDATE=… -DTS_FILE=… -DSOURCE_LIST=… -DWORK_DIR=… -P this file
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${ts_name}")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
# PLURAL_ONLY: the English plural forms (translations/coopdesk_en.ts), which
# hold only the %n messages: up to date when lupdate leaves the file as it
# is and every message has its forms.
set(plural_only)
if(PLURAL_ONLY)
    set(plural_only -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" ${plural_only} -no-obsolete -locations none "@${SOURCE_LIST}"
        -ts "${copy}"
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}\n${errors}")
endif()
if(PLURAL_ONLY)
    file(READ "${TS_FILE}" before)
    file(READ "${copy}" after)
    if(NOT before STREQUAL after OR after MATCHES "type=\"unfinished\"")
        message(FATAL_ERROR "${ts_name} lacks plural forms of the source or holds dropped "
            "ones; run the update_translations_en target and fill in the English forms")
    endif()
    message(STATUS "${ts_name} is up to date")
    return()
endif()
if(NOT output MATCHES "\\(0 new and")
    message(FATAL_ERROR "${ts_name} lacks strings of the source; update it:\n${output}")
endif()
if(output MATCHES "Removed [0-9]+ obsolete")
    message(FATAL_ERROR "${ts_name} holds strings the source no longer has; update it:\n${output}")
endif()
message(STATUS "${ts_name} is up to date:\n${output}")
