/** Demo data created on first start of an empty embedded database. */
package org.badgeportal.demo;
