/** API keys: issuer secrets for the JSON APIs, stored only as hashes. */
package org.badgeportal.apikeys;
