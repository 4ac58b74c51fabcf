/** {@code qikan new}: writes commented, valid sources for a new journal, issue or article that build at once. */
package org.qikan.scaffold;
