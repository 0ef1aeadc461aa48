# SPDX-FileCopyrightText: 2026 Switchboard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# sb_add_test(NAME tst_x SOURCES tst_x.cpp [LIBS ...] [GUI] [LABELS ...] [TIMEOUT s])
# Builds one Qt Test executable and registers it with CTest. GUI tests run on the
# offscreen platform unless the environment chooses another one.
function(sb_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    set_target_properties(${ARG_NAME} PROPERTIES AUTOMOC ON)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(env "SWITCHBOARD_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "SWITCHBOARD_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
endfunction()
