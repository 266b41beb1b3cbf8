/** Small helpers shared by Veille's packages; not an API: do not depend on them from outside Veille. */
package veille.internal;
