# cors_add_library(<target> <folder> SOURCES ... [PUBLIC_LINKS ...])
#
# A static library made of one folder of src/ (for example core/policy). Its include root is a
# directory of its own in the build tree holding a single link, <root>/<folder> -> src/<folder>,
# so `#include "core/policy/CorsPolicy.h"` works for this library and for whatever links it, and
# a header of a library it does not link is simply not found: the compiler enforces the layering.
function(cors_add_library target folder)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    set(include_root "${PROJECT_BINARY_DIR}/include/${target}")
    cmake_path(GET folder PARENT_PATH parent)
    file(MAKE_DIRECTORY "${include_root}/${parent}")
    if(NOT EXISTS "${include_root}/${folder}")
        file(CREATE_LINK "${PROJECT_SOURCE_DIR}/src/${folder}" "${include_root}/${folder}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${include_root}")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LINKS} PRIVATE project_options)
endfunction()
