package io.pagewright.learning;

/** How a strategy setting is entered and read. */
public enum SettingType {
    NUMBER,
    INTEGER,
    /** A comma-separated list of names. */
    TEXT_LIST
}
