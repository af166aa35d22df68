<?php
/**
 * The widget options the shortcode, the block and the settings page share: what each one is,
 * which values it allows and which element attribute it becomes. Every value from a post, a
 * block or the settings form goes through safe_communities_sanitize_option(); a value it does
 * not allow becomes '' ("not set"), so the site default, and then the widget's own default, apply.
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widget's languages (the codes of its `languages` and `lang` attributes), with their own
 * names. The release build checks this list against the catalogs it copies. `km` and `kea`
 * are previews: the widget offers them only where a site lists them.
 *
 * @return array<string, string>
 */
function safe_communities_locales() {
	return array(
		'en'      => 'English',
		'es'      => 'Español',
		'pt-BR'   => 'Português (Brasil)',
		'ht'      => 'Kreyòl ayisyen',
		'zh-Hans' => '中文（简体）',
		'zh-Hant' => '中文（繁體）',
		'vi'      => 'Tiếng Việt',
		'ar'      => 'العربية',
		'ru'      => 'Русский',
		'km'      => 'ខ្មែរ (preview)',
		'kea'     => 'Kabuverdianu (preview)',
	);
}

/**
 * The colour custom properties a site can set (`--sca-color-<name>`), with their labels.
 *
 * @return array<string, string>
 */
function safe_communities_colors() {
	return array(
		'accent'      => __( 'Accent (number badges, bars)', 'safe-communities-widgets' ),
		'on-accent'   => __( 'Text on the accent colour', 'safe-communities-widgets' ),
		'text'        => __( 'Text', 'safe-communities-widgets' ),
		'muted'       => __( 'Secondary text', 'safe-communities-widgets' ),
		'surface'     => __( 'Background', 'safe-communities-widgets' ),
		'surface-alt' => __( 'Card background', 'safe-communities-widgets' ),
		'border'      => __( 'Lines and borders', 'safe-communities-widgets' ),
		'focus'       => __( 'Keyboard focus ring', 'safe-communities-widgets' ),
		'link'        => __( 'Links', 'safe-communities-widgets' ),
		'danger'      => __( 'Error messages', 'safe-communities-widgets' ),
		'success'     => __( 'Confirmations', 'safe-communities-widgets' ),
	);
}

/**
 * Every option. `kind` says how a value is checked; `attribute` is the element attribute it
 * becomes (none for `elements`, which picks the element, and for colours, which go to the
 * stylesheet); `on` lists the elements that take it.
 *
 * @return array<string, array<string, mixed>>
 */
function safe_communities_option_schema() {
	$all      = array( 'campaign', 'explainer', 'contact' );
	$explains = array( 'campaign', 'explainer' );
	$contacts = array( 'campaign', 'contact' );
	$schema   = array(
		'elements'         => array(
			'kind'    => 'choice',
			'choices' => $all,
			'label'   => __( 'What to show', 'safe-communities-widgets' ),
		),
		'layout'           => array(
			'kind'      => 'choice',
			'choices'   => array( 'cards', 'accordion', 'list' ),
			'attribute' => 'layout',
			'on'        => $explains,
			'label'     => __( 'Explainer layout', 'safe-communities-widgets' ),
		),
		'theme'            => array(
			'kind'      => 'choice',
			'choices'   => array( 'light', 'dark', 'auto' ),
			'attribute' => 'theme',
			'on'        => $all,
			'label'     => __( 'Base theme', 'safe-communities-widgets' ),
		),
		'heading_level'    => array(
			'kind'      => 'choice',
			'choices'   => array( '2', '3', '4', '5', '6' ),
			'attribute' => 'heading-level',
			'on'        => $explains,
			'label'     => __( 'Heading level of the title', 'safe-communities-widgets' ),
		),
		'hide_faq'         => array(
			'kind'      => 'flag',
			'attribute' => 'hide-faq',
			'on'        => $explains,
			'label'     => __( 'Hide the common questions', 'safe-communities-widgets' ),
		),
		'language_picker'  => array(
			'kind'      => 'flag',
			'attribute' => 'language-picker',
			'on'        => $all,
			'label'     => __( 'Let readers switch language', 'safe-communities-widgets' ),
		),
		'lang'             => array(
			'kind'      => 'choice',
			'choices'   => array_keys( safe_communities_locales() ),
			'attribute' => 'lang',
			'on'        => $all,
			'label'     => __( 'Language (unset: the page’s, then the reader’s browser’s)', 'safe-communities-widgets' ),
		),
		'languages'        => array(
			'kind'      => 'locales',
			'attribute' => 'languages',
			'on'        => $all,
			'label'     => __( 'Languages offered (codes separated by spaces)', 'safe-communities-widgets' ),
		),
		'chamber'          => array(
			'kind'      => 'choice',
			'choices'   => array( 'both', 'house', 'senate' ),
			'attribute' => 'chamber',
			'on'        => $contacts,
			'label'     => __( 'Legislators to contact', 'safe-communities-widgets' ),
		),
		'bill_house'       => array(
			'kind'      => 'bill',
			'attribute' => 'bill-house',
			'on'        => $contacts,
			'label'     => __( 'House bill or amendment number', 'safe-communities-widgets' ),
		),
		'bill_senate'      => array(
			'kind'      => 'bill',
			'attribute' => 'bill-senate',
			'on'        => $contacts,
			'label'     => __( 'Senate bill or amendment number', 'safe-communities-widgets' ),
		),
		'bill_session'     => array(
			'kind'      => 'session',
			'attribute' => 'bill-session',
			'on'        => $contacts,
			'label'     => __( 'General Court the bill numbers belong to (e.g. 194)', 'safe-communities-widgets' ),
		),
		'cosponsors'       => array(
			'kind'      => 'codes',
			'attribute' => 'cosponsors',
			'on'        => $contacts,
			'label'     => __( 'Co-sponsors’ member codes, comma-separated', 'safe-communities-widgets' ),
		),
		'label'            => array(
			'kind'      => 'text',
			'limit'     => 80,
			'attribute' => 'label',
			'on'        => $contacts,
			'label'     => __( 'The ask: text of the contact button', 'safe-communities-widgets' ),
		),
		'organization'     => array(
			'kind'      => 'text',
			'limit'     => 120,
			'attribute' => 'organization',
			'on'        => $contacts,
			'label'     => __( 'Your organization’s name', 'safe-communities-widgets' ),
		),
		'organization_url' => array(
			'kind'      => 'url',
			'attribute' => 'organization-url',
			'on'        => array( 'campaign' ),
			'label'     => __( 'Your organization’s web address', 'safe-communities-widgets' ),
		),
	);
	foreach ( safe_communities_colors() as $name => $label ) {
		$schema[ safe_communities_color_key( $name ) ] = array(
			'kind'  => 'color',
			'color' => $name,
			'on'    => $all,
			/* translators: %s: what the colour is used for */
			'label' => sprintf( __( 'Colour: %s', 'safe-communities-widgets' ), $label ),
		);
	}
	return $schema;
}

/**
 * The option key of a colour: `accent` → `color_accent`, `on-accent` → `color_on_accent`.
 *
 * @param string $name colour name, as in `--sca-color-<name>`.
 * @return string
 */
function safe_communities_color_key( $name ) {
	return 'color_' . str_replace( '-', '_', $name );
}

/**
 * One option's value, checked: the allowed value, or '' when it is missing or not allowed.
 *
 * @param array<string, mixed> $field from safe_communities_option_schema().
 * @param mixed                $value from a shortcode, a block or the settings form.
 * @return string
 */
function safe_communities_sanitize_option( array $field, $value ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'yes' : 'no';
	}
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	switch ( $field['kind'] ) {
		case 'choice':
			foreach ( $field['choices'] as $choice ) {
				// Language codes are case-insensitive (pt-br is pt-BR); the widget wants them as listed.
				if ( 0 === strcasecmp( $choice, $value ) ) {
					return $choice;
				}
			}
			return '';
		case 'flag':
			$value = strtolower( $value );
			if ( in_array( $value, array( 'yes', 'true', '1', 'on' ), true ) ) {
				return 'yes';
			}
			return in_array( $value, array( 'no', 'false', '0', 'off' ), true ) ? 'no' : '';
		case 'locales':
			$known = array_keys( safe_communities_locales() );
			$codes = array();
			foreach ( preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) as $code ) {
				$match = safe_communities_sanitize_option( array( 'kind' => 'choice', 'choices' => $known ), $code );
				if ( '' !== $match && ! in_array( $match, $codes, true ) ) {
					$codes[] = $match;
				}
			}
			return implode( ' ', $codes );
		case 'bill':
			// "H.2580", "S 1681", "Amendment 12": letters, digits, dots, spaces, #, hyphens.
			return preg_match( '/^[A-Za-z0-9][A-Za-z0-9 .#-]{0,29}$/', $value ) ? $value : '';
		case 'session':
			return preg_match( '/^[1-9][0-9]{0,2}$/', $value ) ? $value : '';
		case 'codes':
			$codes = array();
			foreach ( explode( ',', $value ) as $code ) {
				$code = trim( $code );
				// Member codes end a malegislature.gov profile address (…/Profile/ALS1); one has a space.
				if ( preg_match( '/^[A-Za-z0-9][A-Za-z0-9 ]{0,15}$/', $code ) && ! in_array( $code, $codes, true ) ) {
					$codes[] = $code;
				}
			}
			return implode( ',', $codes );
		case 'text':
			$text = sanitize_text_field( $value );
			return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, $field['limit'] ) : substr( $text, 0, $field['limit'] );
		case 'url':
			$url = esc_url_raw( $value, array( 'http', 'https' ) );
			return preg_match( '#^https?://[^/\s]#i', $url ) ? $url : '';
		case 'color':
			$color = sanitize_hex_color( $value );
			return $color ? strtolower( $color ) : '';
	}
	return '';
}

/**
 * Every option, checked; keys that are not options are dropped.
 *
 * @param array<string, mixed> $values raw values by option key.
 * @return array<string, string> every option key, '' where not set or not allowed.
 */
function safe_communities_sanitize_options( array $values ) {
	$clean = array();
	foreach ( safe_communities_option_schema() as $key => $field ) {
		$clean[ $key ] = array_key_exists( $key, $values ) ? safe_communities_sanitize_option( $field, $values[ $key ] ) : '';
	}
	return $clean;
}

/**
 * The site-wide defaults from Settings → Safe Communities, checked again on the way out (an
 * option can be written by other code than the settings form).
 *
 * @return array<string, string>
 */
function safe_communities_site_defaults() {
	$stored = get_option( 'safe_communities_defaults', array() );
	return safe_communities_sanitize_options( is_array( $stored ) ? $stored : array() );
}

/**
 * What one widget shows: its own values where set, else the site defaults.
 *
 * @param array<string, mixed> $values raw values by option key (shortcode attributes, block attributes).
 * @return array<string, string>
 */
function safe_communities_effective_options( array $values ) {
	$own      = safe_communities_sanitize_options( $values );
	$defaults = safe_communities_site_defaults();
	foreach ( $own as $key => $value ) {
		if ( '' === $value ) {
			$own[ $key ] = $defaults[ $key ];
		}
	}
	if ( '' === $own['elements'] ) {
		$own['elements'] = 'campaign';
	}
	return $own;
}
