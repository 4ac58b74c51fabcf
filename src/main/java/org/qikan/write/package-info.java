/** Write stage: puts the rendered site into a staging folder and swaps it in whole ({@link org.qikan.write.OutputFolder}), so a failed build leaves the previous site untouched. */
package org.qikan.write;
