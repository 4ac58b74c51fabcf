/** The variables of each kind of page, built in Java so that templates only place values: see docs/templates.md. */
package org.qikan.render.page;
