/** Awards: recipients and the award lifecycle (pending, accepted, declined, revoked). */
package org.badgeportal.awards;
