/**
 * The embed: other sites show a recipient's public badges (the UserBadges script tag), read through the data endpoints {@code /v1/{service}/users.json} and
 * {@code badges.json}, or without JavaScript as an SVG image and an HTML widget for an iframe. The script lives in
 * the top-level {@code static-embed/} folder and the themes in {@code themes/}; snippet builders for issuers and
 * earners are at {@code /manage/{issuer}/embed} and {@code /me/embed}.
 *
 * <p>Only public awards (accepted, unrevoked, unexpired) of recipients identified by a site user name are ever
 * shown: email recipients are never addressable here.
 */
package org.badgeportal.embed;
