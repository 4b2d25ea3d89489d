/** Collections: an account's named, ordered showcases of awards. */
package org.badgeportal.collections;
