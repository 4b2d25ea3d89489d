/** Public pages: the catalogue of listed badges, issuer pages and badge pages. */
package org.badgeportal.catalogue;
