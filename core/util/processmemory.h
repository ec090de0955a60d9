#pragma once

namespace rrsis {

/**
 * Keeps the process's memory bounded when tiles are allocated and freed by many threads:
 * large allocations (display tiles, raster blocks) are always mapped and given back to the
 * system when freed, and glibc keeps at most two malloc arenas. Call once at the start of main.
 */
void configureProcessMemory();

}  // namespace rrsis
