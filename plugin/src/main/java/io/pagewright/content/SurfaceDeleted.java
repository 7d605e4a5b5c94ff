package io.pagewright.content;

/** Fired, in the deleting transaction, when a surface and its versions are deleted. */
public record SurfaceDeleted(String key) {}
