package com.amrs.api.system;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The plants a user may read (DESIGN.md §15, §19), as authorities of the session: a user limited to some plants has
 * {@value #LIMITED} and one {@code PLANT_<id>} for each; everyone else (every other user or token, a single sign-on
 * user without the plants claim, nobody where reads are open) may read every plant.
 */
public final class PlantAccess {

    static final String LIMITED = "PLANTS_LIMITED";
    private static final String PLANT = "PLANT_";

    private PlantAccess() {}

    /** The authorities of a user limited to these plants; none for null or empty (every plant). */
    public static List<GrantedAuthority> authorities(List<String> plants) {
        return plants == null || plants.isEmpty() ? List.of() : onlyThese(plants);
    }

    /** The authorities of a user limited to exactly these plants: none at all when the list is empty. */
    public static List<GrantedAuthority> onlyThese(List<String> plants) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(LIMITED));
        plants.forEach(plant -> authorities.add(new SimpleGrantedAuthority(PLANT + plant)));
        return authorities;
    }

    /** Whether the request's user may read every plant: not limited to some. */
    public static boolean readsEveryPlant() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null || user.getAuthorities().stream().noneMatch(a -> LIMITED.equals(a.getAuthority()));
    }

    /** Whether the request's user may read this plant. */
    public static boolean mayRead(String plant) {
        if (readsEveryPlant()) {
            return true;
        }
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> (PLANT + plant).equals(a.getAuthority()));
    }
}
