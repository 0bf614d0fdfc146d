/** Rules on attachments: type, total size, count, promotional file names, missing files, large images. */
package com.messageguard.rules.attachment;
