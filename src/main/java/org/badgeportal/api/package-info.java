/**
 * What every JSON API of the portal shares: the three error styles of the APIs ({@link ApiStyle}), errors as
 * exceptions ({@link ApiException}) and the resolver that turns any failure of an API call into a 4xx body in
 * its API's style ({@link ApiExceptionResolver}). The APIs themselves live in their features' packages.
 */
package org.badgeportal.api;
