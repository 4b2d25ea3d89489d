/** Images: uploads checked by content (PNG, JPEG, GIF, sanitised SVG), stored and served. */
package org.badgeportal.images;
