<?php
/**
 * Plugin Name:       Safe Communities Widgets
 * Plugin URI:        https://www.npmjs.com/package/safe-communities-widgets
 * Description:       The Massachusetts Safe Communities Act explainer and a private "Contact your legislators" button, as a [safe_communities] shortcode and a block, with site-wide defaults under Settings → Safe Communities.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       safe-communities-widgets
 *
 * @package SafeCommunitiesWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SAFE_COMMUNITIES_VERSION', '0.1.0' );
define( 'SAFE_COMMUNITIES_FILE', __FILE__ );
define( 'SAFE_COMMUNITIES_DIR', plugin_dir_path( __FILE__ ) );

require_once SAFE_COMMUNITIES_DIR . 'includes/options.php';
require_once SAFE_COMMUNITIES_DIR . 'includes/assets.php';
require_once SAFE_COMMUNITIES_DIR . 'includes/colors.php';
require_once SAFE_COMMUNITIES_DIR . 'includes/render.php';
require_once SAFE_COMMUNITIES_DIR . 'includes/block.php';
require_once SAFE_COMMUNITIES_DIR . 'includes/settings.php';

add_action( 'init', 'safe_communities_register_script' );
add_action( 'init', 'safe_communities_register_block' );
add_action( 'init', 'safe_communities_serve_colors', 0 );
add_shortcode( 'safe_communities', 'safe_communities_shortcode' );
add_filter( 'script_loader_tag', 'safe_communities_script_tag', 10, 2 );
add_action( 'admin_menu', 'safe_communities_add_settings_page' );
add_action( 'admin_init', 'safe_communities_register_settings' );
add_action( 'admin_notices', 'safe_communities_missing_files_notice' );
