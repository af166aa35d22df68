<?php
/**
 * Settings → Safe Communities: the site-wide defaults every shortcode and block starts from,
 * through the Settings API (options.php checks the nonce and `manage_options`), stored in one
 * option, `safe_communities_defaults`, and checked by the same rules as the shortcode.
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

const SAFE_COMMUNITIES_SETTINGS_PAGE = 'safe-communities';

/** Adds the page under Settings. */
function safe_communities_add_settings_page() {
	add_options_page(
		__( 'Safe Communities', 'safe-communities-widgets' ),
		__( 'Safe Communities', 'safe-communities-widgets' ),
		'manage_options',
		SAFE_COMMUNITIES_SETTINGS_PAGE,
		'safe_communities_render_settings_page'
	);
}

/** Registers the option, its sanitize callback, and one field per option. */
function safe_communities_register_settings() {
	register_setting(
		'safe_communities',
		'safe_communities_defaults',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'safe_communities_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section(
		'safe_communities_widget',
		__( 'Widget', 'safe-communities-widgets' ),
		'safe_communities_render_section_intro',
		SAFE_COMMUNITIES_SETTINGS_PAGE
	);
	add_settings_section( 'safe_communities_colors', __( 'Colours', 'safe-communities-widgets' ), '__return_false', SAFE_COMMUNITIES_SETTINGS_PAGE );
	foreach ( safe_communities_option_schema() as $key => $field ) {
		add_settings_field(
			'safe_communities_' . $key,
			esc_html( $field['label'] ),
			'safe_communities_render_field',
			SAFE_COMMUNITIES_SETTINGS_PAGE,
			'color' === $field['kind'] ? 'safe_communities_colors' : 'safe_communities_widget',
			array(
				'key'       => $key,
				'field'     => $field,
				'label_for' => 'safe_communities_' . $key,
			)
		);
	}
}

/**
 * The sanitize callback: every value checked; a value that was given but not allowed is named
 * in a notice and dropped (the widget's own default applies).
 *
 * @param mixed $input the submitted `safe_communities_defaults` array.
 * @return array<string, string>
 */
function safe_communities_sanitize_settings( $input ) {
	// options.php has already unslashed the submitted values.
	$input  = is_array( $input ) ? $input : array();
	$clean  = safe_communities_sanitize_options( $input );
	$schema = safe_communities_option_schema();
	foreach ( $clean as $key => $value ) {
		$given = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( '' === $value && '' !== $given ) {
			add_settings_error(
				'safe_communities_defaults',
				'safe_communities_' . $key,
				// settings_errors() prints the message as HTML: the refused value, typed by a user, is escaped.
				/* translators: 1: option name, 2: the refused value */
				sprintf( esc_html__( '%1$s: “%2$s” is not an allowed value; it was not saved.', 'safe-communities-widgets' ), esc_html( $schema[ $key ]['label'] ), esc_html( $given ) )
			);
		}
	}
	return $clean;
}

/** The text above the fields. */
function safe_communities_render_section_intro() {
	echo '<p>' . esc_html__( 'What every [safe_communities] shortcode and Safe Communities Act block shows unless it sets its own value. Leave a field empty for the widget’s own default.', 'safe-communities-widgets' ) . '</p>';
	echo '<p>' . esc_html__( 'Bill numbers and co-sponsors belong to one General Court (session): set the session with them, and new numbers when a new session begins.', 'safe-communities-widgets' ) . '</p>';
}

/**
 * One field of the form.
 *
 * @param array<string, mixed> $args key and field from safe_communities_register_settings().
 */
function safe_communities_render_field( $args ) {
	$key      = $args['key'];
	$field    = $args['field'];
	$defaults = safe_communities_site_defaults();
	$value    = $defaults[ $key ];
	$id       = 'safe_communities_' . $key;
	$name     = 'safe_communities_defaults[' . $key . ']';
	$choices  = null;
	if ( 'choice' === $field['kind'] ) {
		$choices = array();
		$locales = safe_communities_locales();
		foreach ( $field['choices'] as $choice ) {
			$choices[ $choice ] = 'lang' === $key ? $locales[ $choice ] . ' (' . $choice . ')' : $choice;
		}
	} elseif ( 'flag' === $field['kind'] ) {
		$choices = array(
			'yes' => __( 'Yes', 'safe-communities-widgets' ),
			'no'  => __( 'No', 'safe-communities-widgets' ),
		);
	}
	if ( null !== $choices ) {
		printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
		printf( '<option value="">%s</option>', esc_html__( 'The widget’s default', 'safe-communities-widgets' ) );
		foreach ( $choices as $choice => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, (string) $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
		return;
	}
	$type = array(
		'color' => 'text',
		'url'   => 'url',
	);
	printf(
		'<input id="%s" name="%s" type="%s" value="%s" class="regular-text"%s>',
		esc_attr( $id ),
		esc_attr( $name ),
		esc_attr( isset( $type[ $field['kind'] ] ) ? $type[ $field['kind'] ] : 'text' ),
		esc_attr( $value ),
		'color' === $field['kind'] ? ' placeholder="#1f4fbf" pattern="#([0-9a-fA-F]{3}){1,2}"' : ''
	);
	if ( 'locales' === $field['kind'] ) {
		printf( '<p class="description">%s %s</p>', esc_html__( 'Known codes:', 'safe-communities-widgets' ), esc_html( implode( ' ', array_keys( safe_communities_locales() ) ) ) );
	}
}

/** The page itself. */
function safe_communities_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'safe_communities' );
	do_settings_sections( SAFE_COMMUNITIES_SETTINGS_PAGE );
	submit_button();
	echo '</form></div>';
}
