/** The developer pages: how to use the JSON APIs, the OpenAPI document and its browsable page. */
package org.badgeportal.developers;
