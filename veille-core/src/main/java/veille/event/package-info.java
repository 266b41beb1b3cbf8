/** Events across articles: one real-world event reported by several outlets, merged with all its sources. */
package veille.event;
