/** The HTTP layer: the /check and /rules endpoints, request validation and problem+json errors. */
package com.messageguard.web;
