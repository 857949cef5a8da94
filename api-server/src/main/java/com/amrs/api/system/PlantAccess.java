package com.amrs.api.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The plants a user may read (DESIGN.md §15, §19), as authorities of the session: a user limited to some plants has
 * {@value #LIMITED} and one {@code PLANT_<id>} for each; everyone else (every other user, a token, single sign-on,
 * nobody where reads are open) may read every plant.
 */
public final class PlantAccess {

    static final String LIMITED = "PLANTS_LIMITED";
    private static final String PLANT = "PLANT_";

    private PlantAccess() {}

    /** The authorities of a user limited to these plants; none for null or empty (every plant). */
    public static List<GrantedAuthority> authorities(List<String> plants) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (plants != null && !plants.isEmpty()) {
            authorities.add(new SimpleGrantedAuthority(LIMITED));
            plants.forEach(plant -> authorities.add(new SimpleGrantedAuthority(PLANT + plant)));
        }
        return authorities;
    }

    /** Whether the request's user may read this plant. */
    public static boolean mayRead(String plant) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user.getAuthorities().stream().noneMatch(a -> LIMITED.equals(a.getAuthority()))) {
            return true;
        }
        return user.getAuthorities().stream().anyMatch(a -> (PLANT + plant).equals(a.getAuthority()));
    }
}
