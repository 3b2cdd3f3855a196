package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

/** A control character in an option is a type mismatch; blank stays «no choice»; a constant converts. */
class StrictEnumsTest {

    enum Colour { RED, GREEN }

    private final DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();

    StrictEnumsTest() {
        conversions.addConverterFactory(new StrictEnums());
    }

    @Test
    void aLoneNulIsRefusedInsteadOfBecomingNoChoice() {
        assertThatThrownBy(() -> conversions.convert("\u0000", Colour.class)).isInstanceOf(ConversionFailedException.class);
        assertThatThrownBy(() -> conversions.convert("RED\u0000", Colour.class))
                .isInstanceOf(ConversionFailedException.class);
        assertThat(conversions.convert(" ", Colour.class)).isNull();
        assertThat(conversions.convert("GREEN", Colour.class)).isEqualTo(Colour.GREEN);
    }

    @Test
    void aFormObjectsOptionsAndSetsOfOptionsRefuseANulThroughTheBinder() {
        Target target = new Target();
        org.springframework.web.bind.WebDataBinder binder = new org.springframework.web.bind.WebDataBinder(target);
        binder.setConversionService(conversions);
        new StrictEnumBinding().options(binder);
        org.springframework.beans.MutablePropertyValues values = new org.springframework.beans.MutablePropertyValues();
        values.add("colour", "\u0000");
        values.add("colours", "\u0000");
        binder.bind(values);
        assertThat(binder.getBindingResult().getFieldError("colour").getCode()).isEqualTo("typeMismatch");
        assertThat(binder.getBindingResult().getFieldError("colours").getCode()).isEqualTo("typeMismatch");

        Target ok = new Target();
        org.springframework.web.bind.WebDataBinder good = new org.springframework.web.bind.WebDataBinder(ok);
        new StrictEnumBinding().options(good);
        org.springframework.beans.MutablePropertyValues fine = new org.springframework.beans.MutablePropertyValues();
        fine.add("colour", "GREEN");
        fine.add("colours", new String[] {"RED", "GREEN"});
        good.bind(fine);
        assertThat(good.getBindingResult().hasErrors()).isFalse();
        assertThat(ok.getColour()).isEqualTo(Colour.GREEN);
        assertThat(ok.getColours()).containsExactlyInAnyOrder(Colour.RED, Colour.GREEN);
    }

    @Test
    void theEditorsAreThereWhenOnlyTheFormTypeIsKnownAsWithConstructorBinding() {
        org.springframework.web.bind.WebDataBinder binder = new org.springframework.web.bind.WebDataBinder(null, "target");
        binder.setTargetType(org.springframework.core.ResolvableType.forClass(Target.class));
        new StrictEnumBinding().options(binder);
        assertThat(binder.findCustomEditor(Colour.class, "colour")).isNotNull();
        assertThat(binder.findCustomEditor(Set.class, "colours")).isNotNull();
    }

    public static class Target {
        private Colour colour;
        private Set<Colour> colours = new java.util.HashSet<>();

        public Colour getColour() {
            return colour;
        }

        public void setColour(Colour colour) {
            this.colour = colour;
        }

        public Set<Colour> getColours() {
            return colours;
        }

        public void setColours(Set<Colour> colours) {
            this.colours = colours;
        }
    }
}
