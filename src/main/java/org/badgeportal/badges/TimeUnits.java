package org.badgeportal.badges;

import java.time.Duration;

/** BadgeKit's units for a badge's time value. */
public enum TimeUnits {
    MINUTES(Duration.ofMinutes(1)),
    HOURS(Duration.ofHours(1)),
    DAYS(Duration.ofDays(1)),
    WEEKS(Duration.ofDays(7));

    private final Duration unit;

    TimeUnits(Duration unit) {
        this.unit = unit;
    }

    public Duration times(int value) {
        return unit.multipliedBy(value);
    }

    /** The lower-case name used in BadgeKit's JSON (`minutes`, `hours`, ...). */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
