package io.pagewright.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; every resource path starts with its version. */
@ApplicationPath("/api")
public class PagewrightApplication extends Application {}
