/** The JSON contract: how an analysed document is written for other programs (docs/json-contract.md). */
package veille.output;
