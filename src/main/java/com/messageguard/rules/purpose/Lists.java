package com.messageguard.rules.purpose;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Joins the words of a finding's placeholder: "a", "a and b", "a, b and c". */
final class Lists {

    private Lists() {
    }

    static String join(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.isEmpty()) {
            return "";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }
}
