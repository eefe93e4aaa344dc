# Installs the build into a scratch prefix and checks that every installed piece is there.
# Run by CTest as: cmake -DBUILD_DIR=... -DPREFIX=... -P install_check.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(installed
        bin/cors-playground
        share/applications/cors-playground.desktop
        share/icons/hicolor/scalable/apps/cors-playground.svg
        share/cors-playground/translations/cors-playground_de.qm
        share/cors-playground/translations/cors-playground_fr.qm)
    if(NOT EXISTS "${PREFIX}/${installed}")
        message(FATAL_ERROR "cmake --install did not install ${installed}")
    endif()
endforeach()
message(STATUS "install complete: binary, desktop file, icon and translations")
