package org.badgeportal.apis.portal;

import org.badgeportal.badges.Badge;

/** Request and response examples of the badge API, shown in the OpenAPI document and on the browsable page. */
final class BadgeApiExamples {

    private BadgeApiExamples() {
    }

    static final String BADGE = """
            {"id": 1051, "slug": "reading-badge", "name": "Reading Badge", "strapline": "Read ten books.",
             "earnerDescription": "Read ten books this term and tell us about them.",
             "consumerDescription": "The holder read ten books and reviewed each one.",
             "issuerUrl": "https://school.example/reading", "rubricUrl": null, "timeValue": 10, "timeUnits": "weeks",
             "limit": null, "unique": true, "created": "2026-01-15T10:30:00Z",
             "imageUrl": "https://badges.example/images/1050", "type": "skill", "archived": false,
             "system": {"id": 12, "slug": "northwind-academy", "url": "https://school.example", "name": "Northwind Academy",
                        "email": "badges@school.example", "imageUrl": null, "issuers": []},
             "criteriaUrl": null,
             "criteria": [{"id": 1, "description": "Read ten books", "required": true, "note": "Check the reading log"}],
             "categories": ["literacy"], "tags": ["books", "reading"], "milestones": [],
             "backgroundColor": "#0d6efd", "validityDays": null, "shareText": "I earned the Reading Badge!",
             "listed": true, "program": null, "customFields": {"level": "gold", "points": 5}}""";

    static final String LIST = "{\"badges\": [" + BADGE + "]}";

    static final String ONE = "{\"badge\": " + BADGE + "}";

    static final String CREATED = "{\"status\": \"created\", \"badge\": " + BADGE + "}";

    static final String UPDATED = "{\"status\": \"updated\", \"badge\": " + BADGE + "}";

    static final String DELETED = "{\"status\": \"deleted\", \"badge\": " + BADGE + "}";

    static final String CREATE_REQUEST = """
            {"slug": "reading-badge", "name": "Reading Badge", "strapline": "Read ten books.",
             "earnerDescription": "Read ten books this term and tell us about them.",
             "consumerDescription": "The holder read ten books and reviewed each one.",
             "type": "skill", "imageUrl": "https://school.example/reading.png", "timeValue": 10, "timeUnits": "weeks",
             "unique": true, "criteria": [{"description": "Read ten books", "required": true, "note": "Check the reading log"}],
             "categories": ["literacy"], "tags": ["books", "reading"], "customFields": {"level": "gold", "points": 5}}""";

    static final String NINJA_CREATE_REQUEST = """
            {"parameters": {"name": "JavaScript Fundamentals",
             "description": "Demonstrates proficiency in core JavaScript concepts",
             "criteria": "Completed the JavaScript Fundamentals course with a score of 80% or higher",
             "image": "data:image/png;base64,iVBORw0KGgo..."}}""";

    static final String UPDATE_REQUEST = """
            {"strapline": "Read twelve books.", "archived": false}""";

    static final String SHARE_TEXT_REQUEST = """
            {"text": "I just earned the Reading Badge! Check it out:"}""";

    static final String SHARE_TEXT_RESPONSE = """
            {"status": "updated", "shareText": "I just earned the Reading Badge! Check it out:"}""";

    static final String VALIDATION_ERROR = """
            {"code": "ValidationError", "message": "Could not validate required fields",
             "details": [{"field": "name", "message": "must not be blank", "value": ""}]}""";

    static final String NOT_FOUND = """
            {"code": "ResourceNotFound", "message": "Could not find badge field: `slug`, value: `no-such-badge`"}""";

    static final String CONFLICT = """
            {"code": "ResourceConflict", "error": "badge with that `slug` already exists",
             "details": {"name": "Reading Badge", "slug": "reading-badge", "strapline": "Read ten books.",
                         "earnerDescription": "Read ten books this term and tell us about them.",
                         "consumerDescription": "The holder read ten books and reviewed each one.",
                         "issuerUrl": null, "rubricUrl": null, "criteriaUrl": null, "timeValue": 10,
                         "timeUnits": "weeks", "limit": null, "unique": true,
                         "imageUrl": "https://badges.example/images/1050", "archived": false}}""";

    static final String HAS_AWARDS = """
            {"code": "ResourceConflict", "error": "badge `reading-badge` has 3 awards and cannot be deleted; archive it instead",
             "details": {"awards": 3}}""";
}
