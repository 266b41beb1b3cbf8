/** Reading inputs: bytes to characters (charset detection, mojibake repair), size limits, clear errors. */
package veille.io;
