/** Evaluation: the project's own metrics, ported from ../shared/tools/score.py with the same matching rules. */
package veille.eval;
