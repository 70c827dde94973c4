// A remote's standalone page in development: an asynchronous boundary, then the harness.
import('./standalone.js');
