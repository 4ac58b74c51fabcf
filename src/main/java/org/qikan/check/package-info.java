/** Check stage: verifies a built site (every internal link, asset and #fragment resolves; nothing loads from another host). */
package org.qikan.check;
