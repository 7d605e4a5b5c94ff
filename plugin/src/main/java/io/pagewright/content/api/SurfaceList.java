package io.pagewright.content.api;

import io.pagewright.content.SurfaceSummary;
import java.util.List;

/** The surface list: every surface with its key. */
public record SurfaceList(List<SurfaceSummary> items, int total) {}
