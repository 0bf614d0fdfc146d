/** Finding postal addresses (street lines, postcodes with cities, PO boxes) in several languages. */
package com.messageguard.detect.address;
