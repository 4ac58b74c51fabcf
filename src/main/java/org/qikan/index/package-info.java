/**
 * Index stage: turns articles into a client-side search index in lunr.js 2.3.9's serialized format,
 * split by term into parts a query loads on demand, with the Chinese-aware tokenizer the browser
 * repeats in {@code assets/js/search-core.js}. Entry points: {@link org.qikan.index.SearchDocuments}
 * (published articles to documents) and {@link org.qikan.index.SearchIndexWriter} (documents to files).
 */
package org.qikan.index;
