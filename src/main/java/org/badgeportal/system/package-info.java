/**
 * Cross-cutting configuration: security, web, persistence base types, errors and the page layout's model.
 */
package org.badgeportal.system;
