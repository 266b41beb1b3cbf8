/** Knowledge kept as readable data files: outlets now; actors, roles, aliases and triggers later. */
package veille.kb;
