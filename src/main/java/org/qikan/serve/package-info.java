/**
 * {@code qikan serve}: the edition over HTTP on localhost, rebuilt by the ordinary build whenever a
 * source changes, with open pages reloaded through server-sent events and build errors shown in the
 * page. The reload script is added to served pages only; the output folder never contains it.
 */
package org.qikan.serve;
