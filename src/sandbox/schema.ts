/**
 * GraphQL SDL of Buffer's public API, as served by our local Buffer sandbox.
 *
 * Transcribed from /work/shared/reference/buffer-api-reference.md (the provider's
 * reference, 2026-08-13). Every root field of the reference is served (issue 15:
 * posts, ideas, idea groups, post templates, `movePostInQueue` and
 * `aggregatedPostMetrics`, so every command of the official CLI works), in
 * ROOT_FIELDS; every type reachable from them (field types, argument types,
 * union members, interfaces and their implementations, transitively) is
 * included. Resolvers are attached elsewhere; they import `typeDefs`.
 *
 * Transcription notes / ambiguities resolved:
 * - Every reachable type is defined in the reference, so no type had to be invented.
 * - Root fields, fields, input fields and enum values keep the reference's order
 *   (mostly alphabetical, e.g. `posts(after, first, input)`); types are sorted by kind, then name.
 * - "(default: X)" in the reference becomes an SDL default (`assets: [AssetInput!]! = []`,
 *   `needsApproval: Boolean! = false`, `TagComparator.isEmpty: Boolean! = false`).
 * - "*(Deprecated: reason)*" becomes `@deprecated(reason: ...)`; "🧪 Preview" and "⚠️ Experimental"
 *   markers are dropped (the fields are served as documented).
 * - `AssetInput` says "Exactly one variant must be provided" but, unlike `IdeasGroupFilter`,
 *   is not marked `@oneOf` in the reference, so no directive here: enforce it in the resolver.
 * - Nothing the public API can return or take is omitted. The reference also lists five
 *   types that no root field reaches (the OrganizationAction enum and the Email,
 *   InvitationId, PostGroupId and Uuid scalars); no request can name or receive them,
 *   so they are left out rather than declared unused.
 * - Where CLI 1.2.0 drifts from the reference (facts §3: EditPostInput.mode/schedulingType
 *   required there, no approvalChange/needsApproval, LinkAttachmentInput = {url}), the reference wins.
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { makeScalarsStrict } from './strict-scalars.js';

export const ROOT_FIELDS = {
  query: [
    'account',
    'aggregatedPostMetrics',
    'channel',
    'channels',
    'ideaGroups',
    'ideas',
    'post',
    'posts',
    'postTemplate',
    'postTemplates',
    'dailyPostingLimits',
  ],
  mutation: [
    'createPost',
    'editPost',
    'deletePost',
    'createIdea',
    'createPostTemplate',
    'updatePostTemplate',
    'deletePostTemplate',
    'movePostInQueue',
  ],
} as const;

export type QueryRootField = (typeof ROOT_FIELDS.query)[number];
export type MutationRootField = (typeof ROOT_FIELDS.mutation)[number];

export const typeDefs: string = /* GraphQL */ `
  type Query {
    """
    Retrieves the authenticated user's account information
    """
    account: Account!
    """
    Aggregate normalized post metrics across a filtered post set. Useful
    for yearly summaries, channel-level rollups, and BI exports without
    paginating through thousands of posts.

    For per-post metrics, use \`posts(input)\` or \`post(input)\` with a
    \`metrics { … }\` selection — this query is purely for aggregation.

    The result always contains a baseline trio of entries: \`postCount\`
    (number of matched posts in the window), \`reactions\`, and \`comments\`.
    Posts on networks that don't track reactions or comments contribute 0
    to those totals.

    Beyond the baseline, additional metric types are returned only when
    every channel in the filter set supports them. A single-network filter
    surfaces that network's richer metrics (e.g. impressions, reach,
    engagementRate on LinkedIn); a mixed-network filter trims the extras
    to those common to every network in the set.
    """
    aggregatedPostMetrics(
      """
      Query's input: organization, date range, optional channel and tag
      filters. Date range is capped to 365 days.
      """
      input: AggregatedPostMetricsInput!
    ): AggregatedPostMetrics!
    """
    Fetches a single channel using the provided ID
    """
    channel(
      """
      Query's input.
      """
      input: ChannelInput!
    ): Channel!
    """
    Fetch all channels for the organization taking into account the current's user permissions
    """
    channels(
      """
      Query's input.
      """
      input: ChannelsInput!
    ): [Channel!]!
    """
    Retrieves idea groups based on the provided input parameters.
    """
    ideaGroups(
      """
      Input for retrieving idea groups.
      """
      input: IdeaGroupsInput!
    ): [IdeaGroup!]!
    """
    Fetch a paginated list of ideas with optional filtering
    """
    ideas(
      """
      Cursor for pagination, marks where to start fetching from
      """
      after: String
      """
      Maximum number of items to return
      """
      first: Int
      """
      Filtering criteria for the ideas list
      """
      input: IdeasInput!
    ): IdeasConnection!
    """
    Fetches a post by PostID for the given organization: first and last can be set for forward pagination using Relay convention
    """
    post(
      """
      Query's input.
      """
      input: PostInput!
    ): Post!
    """
    Fetches posts for the given organization: first and last can be set for forward pagination using Relay convention
    """
    posts(
      """
      The cursor of the post to start fetching from
      """
      after: String
      """
      The number of posts to return
      """
      first: Int
      """
      Query's input.
      """
      input: PostsInput!
    ): PostsResults!
    """
    Fetch a single post template by ID. Returns null if not found.
    """
    postTemplate(
      """
      Input for fetching a single post template.
      """
      input: PostTemplateInput!
    ): PostTemplate
    """
    Fetch the templates visible to the current actor for the template
    library: public templates, plus internal templates from the supplied
    \`organizationId\`, plus private templates owned by the actor's
    account. The visibility scope is always pinned to the actor and the
    supplied organization — the input filter can only narrow within that
    scope, never widen it.
    """
    postTemplates(
      """
      The cursor after which to return results.
      """
      after: String
      """
      The number of templates to return.
      """
      first: Int
      """
      Input containing the organization scope and optional filters.
      """
      input: PostTemplatesInput!
    ): PostTemplatesConnection!
    """
    Returns daily posting limit status for the given channels on the specified date.
    """
    dailyPostingLimits(
      """
      Query's input.
      """
      input: DailyPostingLimitsInput!
    ): [DailyPostingLimitStatus!]!
  }

  type Mutation {
    """
    Create post for channel
    """
    createPost(
      """
      The mutation's input
      """
      input: CreatePostInput!
    ): PostActionPayload!
    """
    Edit post for channel
    """
    editPost(
      """
      The mutation's input
      """
      input: EditPostInput!
    ): PostActionPayload!
    """
    Delete a post by id.
    """
    deletePost(
      """
      Input for the deletePost mutation.
      """
      input: DeletePostInput!
    ): DeletePostPayload!
    """
    Create a new idea with the given content and metadata
    """
    createIdea(
      """
      Input to create an idea
      """
      input: CreateIdeaInput!
    ): CreateIdeaPayload!
    """
    Create a post template visible only to the caller (\`private\`) or to
    the caller's organization (\`internal\`).
    """
    createPostTemplate(
      """
      Input for creating a post template.
      """
      input: CreatePostTemplateInput!
    ): CreatePostTemplatePayload!
    """
    Update a post template owned by the caller (or an internal template
    in the caller's organization, if the caller is an org admin/owner).
    """
    updatePostTemplate(
      """
      Input for updating a post template.
      """
      input: UpdatePostTemplateInput!
    ): UpdatePostTemplatePayload!
    """
    Delete a post template owned by the caller (or an internal template
    in the caller's organization, if the caller is an org admin/owner).
    """
    deletePostTemplate(
      """
      Input for deleting a post template.
      """
      input: DeletePostTemplateInput!
    ): DeletePostTemplatePayload!
    """
    Move a queued post to the top or bottom of its channel's queue. Unlike editPost, this
    is a scheduling-only operation that never re-validates the post's content.
    """
    movePostInQueue(
      """
      The mutation's input
      """
      input: MovePostInQueueInput!
    ): MovePostInQueuePayload!
  }

  """
  The \`AccountId\` scalar represents the MongoDB ObjectId of a Buffer Account
  """
  scalar AccountId

  """
  The \`ChannelId\` scalar represents the MongoDB ObjectId of a Buffer Channel
  """
  scalar ChannelId

  """
  The \`DateTime\` scalar represents a date and time following the ISO 8601 standard.
  """
  scalar DateTime

  """
  The \`DraftId\` scalar represents the MongoDB ObjectId of a Buffer Draft
  """
  scalar DraftId

  """
  The \`IdeaId\` scalar represents the MongoDB ObjectId of a Buffer Idea
  """
  scalar IdeaId

  """
  The \`NoteId\` scalar represents the MongoDB ObjectId of a Buffer Note
  """
  scalar NoteId

  """
  The \`OrganizationId\` scalar represents the MongoDB ObjectId of a Buffer Organization
  """
  scalar OrganizationId

  """
  The \`PostId\` scalar represents the MongoDB ObjectId of a Buffer Post
  """
  scalar PostId

  """
  The \`PostTemplateId\` scalar represents the MongoDB ObjectId of a Post Template.
  """
  scalar PostTemplateId

  """
  The \`TagId\` scalar represents the MongoDB ObjectId of a Buffer Tag
  """
  scalar TagId

  """
  List of possible types for an annotation
  """
  enum AnnotationType {
    annotation
    cashtag
    hashtag
    mention
    url
  }

  """
  Asset types
  """
  enum AssetType {
    document
    image
    video
  }

  """
  List of possible actions that can be performed on a Channel
  """
  enum ChannelAction {
    backfillChannel
    manageCapabilities
    manageComments
    manageIntegrations
    managePostingSchedule
    manageUpdates
    publishStartPage
    readUpdates
    reconnectChannel
    removeChannel
    viewCapabilities
    viewChannel
    viewComments
    viewInsights
    viewPublish
    viewUpdates
      @deprecated(
        reason: "Renamed to \`viewPublish\`. Still emitted for backward-compat with clients that gate on \`viewUpdates\`; use \`viewPublish\` to gate the Publish UI or \`readUpdates\` to gate reading post data. Will be removed once no client reads it."
      )
  }

  """
  Channel is a representation of a social media account or page that can be connected to Buffer.
  """
  enum ChannelType {
    account
    business
    channel
    group
    page
    profile
  }

  """
  The category of a connected app.
  """
  enum ConnectedAppCategory {
    """
    An MCP client connection.
    """
    mcp
  }

  """
  Presence filter for nullable date fields.
  When filtering the same field, absent dates cannot also match a date comparator range.
  """
  enum DateTimePresence {
    """
    Include results where the date field is missing or null
    """
    absent
    """
    Include results where the date field exists and is not null
    """
    present
  }

  """
  Day of the week.
  """
  enum DayOfWeek {
    fri
    mon
    sat
    sun
    thu
    tue
    wed
  }

  """
  List of possible types for GBP cta
  """
  enum GoogleBusinessPostActionType {
    book
    call
    learn_more
    none
    order
    shop
    signup
  }

  """
  Named buckets for filtering ideas by their group membership.
  """
  enum IdeaGroupMembership {
    """
    Only ideas that are assigned to a group.
    """
    grouped
    """
    Only ideas that are not assigned to any group.
    """
    ungrouped
  }

  """
  The type of media attached to a post
  """
  enum MediaType {
    image
    gif
    video
    link
    document
    unsupported
  }

  """
  List of possible actions that can be performed on a note
  """
  enum NoteAction {
    """
    The user can delete the note.
    """
    deleteNote
    """
    The user can update the note.
    """
    updateNote
  }

  """
  The type of a note.
  """
  enum NoteType {
    """
    A note that was generated by our AI system.
    """
    aiGenerated
    """
    A note that was generated by our internal system. Can be used for approval flows notifications or other automated processes.
    """
    bufferGenerated
    """
    A note that was manually written by a user.
    """
    userGenerated
  }

  """
  List of possible statuses for a notification
  """
  enum NotificationStatus {
    markedAsPublished
    notified
  }

  """
  List of possible actions that can be performed on a Post
  """
  enum PostAction {
    addPostNote
    addPostToQueue
    approvePost
    cancelPostRecurrence
    copyPostLink
    createPostRecurrence
    deletePost
    duplicatePost
    editPostRecurrence
    movePostToDraft
    publishPostNext
    publishPostNow
    rejectPost
    removePostScheduledTime
    requestPostApproval
    revertPostApprovalRequest
    sharePostLink
    updatePost
    updatePostSchedule
    updatePostTags
    updateShopGridLink
    viewPost
  }

  """
  A change to a post's approval state, for a post that is already a draft.
  """
  enum PostApprovalChange {
    """
    Submit the draft for approval.
    """
    request
    """
    Withdraw a pending approval request, returning the post to a plain draft.
    """
    revert
  }

  """
  PostingGoalStatus is used to track the status of a posting goal.
  """
  enum PostingGoalStatus {
    AtRisk
    Hit
    OnTrack
  }

  """
  List of possible metrics available for a Post.

  Values fall into three groups:
  - **Cross-network normalized** (reactions, comments, shares, reposts, reach, impressions, views, clicks, engagementRate): Used wherever a concept maps cleanly across networks. Per-network adapters normalize their native names (e.g., Instagram \`likes\` → \`reactions\`, Twitter \`retweets\` → \`reposts\`).
  - **Network-specific** (saves, follows, quotes, viewers, totalTimeWatched, likes): Real metrics that don't have a cross-network equivalent. \`likes\` is intentionally distinct from \`reactions\` on Facebook — Facebook's Graph API surfaces them separately.
  - **Aggregation-only** (postCount): Meaningful only on aggregate endpoints; never emitted per-post.

  Deprecated values are pre-normalization legacy or tied to features being removed. They're kept in the enum for backwards compatibility until clients migrate.
  """
  enum PostMetricType {
    """
    How many times people clicked on your post.
    """
    clicks
    """
    The count of comments and replies on your post. Unified across networks (Threads \`replies\` maps here).
    """
    comments
    """
    The percentage of people who interacted with your post compared to how many saw it. Unit: percentage.
    """
    engagementRate
    """
    Deprecated: not emitted by any per-network definition. Use \`reactions\` instead — Twitter and Mastodon favorites normalize into \`reactions\`. Will be removed on 2026-12-01.
    """
    favorites
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reactions\` instead. Will be removed on 2026-12-01."
      )
    """
    The number of new followers gained from this post (Instagram).
    """
    follows
    """
    How many times your post was shown on screen. May include multiple views by the same person — useful for spotting how often the content gets surfaced.
    """
    impressions
    """
    The Like-reaction subcount on Facebook. Distinct from \`reactions\` (which is the total of all reaction types — Like, Love, Care, Haha, Wow, Sad, Angry); Facebook's Graph API reports them separately and we mirror that.
    """
    likes
    """
    Deprecated: StartPage link-clicks metric. StartPage is being deprecated as a product. Will be removed on 2026-12-01.
    """
    link_clicks @deprecated(reason: "StartPage is being deprecated as a product. Will be removed on 2026-12-01.")
    """
    Deprecated catch-all from pre-normalization. Never emitted. Will be removed on 2026-12-01.
    """
    other @deprecated(reason: "Catch-all from pre-normalization; never emitted. Will be removed on 2026-12-01.")
    """
    The count of posts included in an aggregated response. Only meaningful on aggregate endpoints — never emitted per-post.
    """
    postCount
    """
    How many times your post was quoted (Threads).
    """
    quotes
    """
    The number of unique people who saw your post.
    """
    reach
    """
    How many people reacted to your post. Unified across networks: Instagram/Twitter \`likes\`, Mastodon \`favorites\`, etc. all map to this value.
    """
    reactions
    """
    Deprecated: not emitted by any per-network definition. Use \`reposts\` instead — Mastodon reblogs normalize into \`reposts\`. Will be removed on 2026-12-01.
    """
    reblogs
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reposts\` instead. Will be removed on 2026-12-01."
      )
    """
    Deprecated: not emitted by any per-network definition. Pre-normalization legacy from the Pinterest era. Will be removed on 2026-12-01.
    """
    repins @deprecated(reason: "Not emitted by any per-network definition. Will be removed on 2026-12-01.")
    """
    Deprecated: not emitted by any per-network definition. Use \`comments\` instead — replies are normalized into \`comments\` on the networks that distinguish them (Threads). Will be removed on 2026-12-01.
    """
    replies
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`comments\` instead. Will be removed on 2026-12-01."
      )
    """
    How many times your post was reposted by others. Twitter \`retweets\`, Mastodon \`reblogs\`, Threads \`reposts\` all normalize to this value.
    """
    reposts
    """
    Deprecated: not emitted by any per-network definition. Use \`reposts\` instead — Twitter retweets normalize into \`reposts\`. Will be removed on 2026-12-01.
    """
    retweets
      @deprecated(
        reason: "Not emitted by any per-network definition; use \`reposts\` instead. Will be removed on 2026-12-01."
      )
    """
    How many times people saved your post (Instagram, Pinterest). A strong signal that the content is worth revisiting.
    """
    saves
    """
    How many times your post was shared or forwarded by others.
    """
    shares
    """
    Total time watched, in minutes, for video-style posts (LinkedIn).
    """
    totalTimeWatched
    """
    Unique viewer count for video-style posts (LinkedIn).
    """
    viewers
    """
    How many times your post was viewed. Used for video-style posts and on networks that report views distinctly from impressions.
    """
    views
  }

  """
  The unit representing the value of a PostMetric.
  """
  enum PostMetricUnit {
    """
    An integer count (e.g. number of reactions, impressions, reach).
    """
    count
    """
    A percentage value between 0 and 100 (e.g. engagement rate).
    """
    percentage
  }

  """
  Key of collection to use for sorting
  """
  enum PostSortableKey {
    """
    Sort by the post's dueAt field.
    Due at is the date when the post is scheduled to be published.
    """
    dueAt
    """
    Sort by the post's createdAt field.
    Created at is the date when the post was created.
    """
    createdAt
  }

  """
  List of possible statuses for a Post
  """
  enum PostStatus {
    draft
    error
    needs_approval
    scheduled
    sending
    sent
  }

  """
  The visibility level of a post template. \`public\` is reserved for
  Buffer-curated templates; setting it is only available to official
  Buffer clients.
  """
  enum PostTemplateVisibility {
    """
    All members of the template's organization can access this template.
    """
    internal
    """
    Only the creator can access this template.
    """
    private
    """
    Anyone across all organizations can access this template. Reserved
    for Buffer-curated templates — \`createPostTemplate\` and
    \`updatePostTemplate\` reject this value; setting it is only available
    to official Buffer clients. It appears in read results.
    """
    public
  }

  """
  List of possible types for a Post. Some services may have different types (e.g., Instagram has story, reel, post but Twitter has only post)
  """
  enum PostType {
    carousel
    event
    ghost_post
    offer
    post
    reel
    short
    story
    thread
    whats_new
  }

  """
  List of specific post types available for Facebook
  """
  enum PostTypeFacebook {
    post
    reel
    story
  }

  """
  List of specific post types available for Google Business profiles
  """
  enum PostTypeGoogleBusiness {
    event
    offer
    whats_new
  }

  """
  List of possible ways to create a Post
  """
  enum PostVia {
    api
    buffer
    network
  }

  """
  Buffer products, buffer is used as all products
  """
  enum Product {
    analyze
    buffer
    comments
    engage
    publish
    startPage
  }

  """
  Target position within a channel's queue that a post can be moved to.
  """
  enum QueuePosition {
    """
    Move the post to the bottom of the queue, taking the last slot.
    """
    bottom
    """
    Move the post to the top of the queue, taking the next available slot.
    """
    top
  }

  enum ScheduleOption {
    Queue
    Prioritize
    FixedTime
    Now
  }

  """
  Indicates whether the post was scheduled for notification publishing or automatic publishing
  """
  enum SchedulingType {
    """
    Buffer's publishing workers send the post, with nobody having to act
    """
    automatic
    """
    Buffer reminds someone to publish the post by hand
    """
    notification
  }

  """
  The list of services that can be authorized.
  """
  enum Service {
    bluesky
    facebook
    googlebusiness
    instagram
    linkedin
    mastodon
    pinterest
    startPage
    threads
    tiktok
    twitter
    youtube
  }

  """
  How the post is being scheduled.
  """
  enum ShareMode {
    addToQueue
    customScheduled
    shareNext
    shareNow
  }

  """
  Direction to sort the results by.
  """
  enum SortDirection {
    """
    Sort records in ascending order.
    """
    asc
    """
    Sort records in descending order.
    """
    desc
  }

  """
  Stable Buffer identifiers for the supported tag color palette.
  Clients map these values to platform- and theme-specific presentation.
  Values ending in \`Light\` are lighter palette variants, not UI theme modes.
  """
  enum TagColorName {
    """
    The standard blue palette color.
    """
    blue
    """
    The lighter blue palette color.
    """
    blueLight
    """
    The standard gray palette color.
    """
    gray
    """
    The lighter gray palette color.
    """
    grayLight
    """
    The standard green palette color.
    """
    green
    """
    The lighter green palette color.
    """
    greenLight
    """
    The standard orange palette color.
    """
    orange
    """
    The lighter orange palette color.
    """
    orangeLight
    """
    The standard pink palette color.
    """
    pink
    """
    The lighter pink palette color.
    """
    pinkLight
    """
    The standard purple palette color.
    """
    purple
    """
    The lighter purple palette color.
    """
    purpleLight
    """
    The standard red palette color.
    """
    red
    """
    The lighter red palette color.
    """
    redLight
    """
    The standard teal palette color.
    """
    teal
    """
    The lighter teal palette color.
    """
    tealLight
    """
    The standard yellow palette color.
    """
    yellow
    """
    The lighter yellow palette color.
    """
    yellowLight
  }

  """
  List of license types
  """
  enum YoutubeLicense {
    creativeCommon
    youtube
  }

  """
  List of privacy types
  """
  enum YoutubePrivacy {
    private
    public
    unlisted
  }

  """
  Asset interface with common fields
  """
  interface Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Common properties for all post metadata types
  """
  interface CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Base Mutation Error type
  """
  interface MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Base Mutation Success type
  Used when we have a success response with no data, we return this type with empty string
  """
  interface MutationSuccess {
    """
    The value is alwaus an empty string ''
    Note: GraphQL doesn't allow types with no fields, so we have to add this field
    """
    _empty: String!
  }

  """
  Link data for link preview
  """
  interface ScrapedLink {
    """
    Description for the scraped link
    """
    text: String!
    """
    Thumbnails of media available in the link
    """
    thumbnails: [String!]!
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  Common properties for all posts that support threaded replies.
  See ThreadedPost for more details.
  """
  interface ThreadedPostMetadata {
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
  }

  """
  Metadata or settings about the channel depending on the service type
  """
  union ChannelMetadata =
    | InstagramMetadata
    | TiktokMetadata
    | YoutubeMetadata
    | PinterestMetadata
    | MastodonMetadata
    | BlueskyMetadata
    | GoogleBusinessMetadata
    | FacebookMetadata
    | TwitterMetadata
    | LinkedInMetadata

  """
  createIdea response (including errors)
  """
  union CreateIdeaPayload =
    | Idea
    | IdeaResponse
    | InvalidInputError
    | UnauthorizedError
    | UnexpectedError
    | LimitReachedError

  """
  Result of an end user creating a post template.
  """
  union CreatePostTemplatePayload = CreatePostTemplateSuccess | VoidMutationError

  """
  All possible response types for the deletePost mutation.
  """
  union DeletePostPayload = DeletePostSuccess | VoidMutationError

  """
  Result of an end user deleting a post template.
  """
  union DeletePostTemplatePayload = EmptySuccess | VoidMutationError

  """
  GoogleBusiness Metadata details
  """
  union GoogleBusinessPostDetails =
    | GoogleBusinessWhatsNewMetaData
    | GoogleBusinessOfferMetaData
    | GoogleBusinessEventMetaData

  """
  All possible response types that can be returned by movePostInQueue mutation.
  """
  union MovePostInQueuePayload = PostActionSuccess | VoidMutationError

  """
  Create post's request response payload.
  """
  union PostActionPayload =
    | PostActionSuccess
    | NotFoundError
    | UnauthorizedError
    | UnexpectedError
    | RestProxyError
    | LimitReachedError
    | InvalidInputError

  """
  Post metadata union type. Contains all possible types of post metadata.
  """
  union PostMetadata =
    | InstagramPostMetadata
    | FacebookPostMetadata
    | LinkedInPostMetadata
    | TwitterPostMetadata
    | PinterestPostMetadata
    | GoogleBusinessPostMetadata
    | YoutubePostMetadata
    | MastodonPostMetadata
    | TiktokPostMetadata
    | ThreadsPostMetadata
    | BlueskyPostMetadata

  """
  Result of an end user updating a post template.
  """
  union UpdatePostTemplatePayload = UpdatePostTemplateSuccess | VoidMutationError

  """
  Account is a representation of a Buffer user.
  """
  type Account {
    """
    Unique identifier for the account
    """
    id: ID!
    """
    Primary email address for the account
    """
    email: String!
    """
    Backup email address for account recovery
    """
    backupEmail: String
    """
    URL to the account's avatar image
    """
    avatar: String!
    """
    Date the account was created in the Core DB. For older customers, it's possible a Publish account existed in the Publish DB for this customer before this date
    """
    createdAt: DateTime
    organizations(filter: OrganizationFilterInput): [Organization!]!
    """
    The account-level timezone - this is used as a default input for streaks, posting plans, and new channel channel connections.
    """
    timezone: String
    """
    The account name, different from the organization name
    """
    name: String
    """
    The accounts preferences
    """
    preferences: Preferences
    """
    The connected apps for the account
    """
    connectedApps: [ConnectedApp!]
  }

  """
  Aggregated post metrics across a filtered post set. Each entry in
  \`metrics\` mirrors the shape of a \`Post.metrics\` entry; the total number
  of matched posts is carried as a regular \`PostMetric\` entry with
  \`type: postCount\`.
  """
  type AggregatedPostMetrics {
    """
    Normalized metric aggregates across the matched posts. Always includes
    a baseline trio (\`postCount\`, \`reactions\`, \`comments\`) — posts on
    networks that don't track reactions or comments contribute 0 to those
    totals. Beyond the baseline, additional metric types are included only
    when every channel in the filter set supports them.
    """
    metrics: [PostMetric!]!
    """
    The latest \`metricsUpdatedAt\` across the matched posts, indicating the
    freshness of the aggregate. Metrics are refreshed daily, so values can
    be up to ~24h behind the source network. Null when no posts matched
    the filter.
    """
    metricsUpdatedAt: DateTime
  }

  """
  Annotation representing all the entities in the text
  """
  type Annotation {
    """
    The content of the annotation. Annotations can sometimes be different from the actual text content.
    E.g., Mastodon mentions have 'text: @buffer', but includes the server name in the content, 'content: @buffer@threads.net'
    """
    content: String!
    """
    The indices of the annotation in the text
    """
    indices: [Int!]!
    """
    The text representation of the annotation, eg '@buffer'
    """
    text: String!
    """
    The type of the annotation
    """
    type: AnnotationType!
    """
    The URL the annotation points to
    """
    url: String!
  }

  """
  Represent the author of a post or note.
  """
  type Author {
    """
    The unique identifier of the author.
    """
    id: AccountId!
    """
    The avatar URL of the author.
    """
    avatar: String!
    """
    The email address of the author.
    """
    email: String!
    """
    Indicates whether the author is a deleted.
    """
    isDeleted: Boolean!
    """
    The name of the author. Null if the user has not yet set a name.
    """
    name: String
  }

  """
  Bluesky metadata
  """
  type BlueskyMetadata {
    """
    The instance of bluesky of the channel
    """
    serverUrl: String!
  }

  """
  Bluesky post metadata
  """
  type BlueskyPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Channel entity
  """
  type Channel {
    """
    The ID of the channel
    """
    id: ChannelId!
    """
    The allowed actions for the current user
    """
    allowedActions: [ChannelAction!]!
    """
    The avatar URL of the channel
    """
    avatar: String!
    """
    Formatted name of the channel service and type: e.g. 'Twitter Profile' or 'Facebook Page'
    """
    descriptor: String!
    """
    The display name of the channel - nullable (reason?)
    """
    displayName: String
    """
    The channel's URL on the social network (e.g. instagram.com/username or facebook.com/page)
    Returns null if the channel is not supported
    """
    externalLink: String
    """
    Whether at least one member of the orginization who have access to this channel
    also has a user device registered for push notifications
    """
    hasActiveMemberDevice: Boolean!
    """
    Indicates if the channel is properly connected to Buffer
    """
    isDisconnected: Boolean!
    """
    Indicates if the channel is locked - Locked channels can't be used for posting.
    A channel can be locked when the organization downgrades and reduces the channel quantity of their plan.
    """
    isLocked: Boolean!
    """
    Indicates if the channel was recently created (in less than 10 seconds). This is used to determine the redirect modal after channel authorization
    """
    isNew: Boolean!
    """
    Indicates is the queue is paused for the channel. A paused queue means schedules posts won't be published.
    """
    isQueuePaused: Boolean!
    """
    Link Shortening settings for the channel
    """
    linkShortening: ChannelLinkShortening!
    """
    Metadata or settings depending on the service type - such as the server URL for Mastodon or Location data for Facebook/GPB
    """
    metadata: ChannelMetadata
    """
    The name of the channel - the handle name, username, etc.
    """
    name: String!
    """
    The organization ID of the channel
    """
    organizationId: OrganizationId!
    """
    The posting goal for the channel
    """
    postingGoal: PostingGoal
    """
    Provides the posting slots for each day of the week
    """
    postingSchedule: [ScheduleV2!]!
    """
    Products that support a given channel
    """
    products: [Product!]
    """
    Scopes requested for a given channel - empty array if we don't have them tracked
    """
    scopes: [String]!
    """
    Represents the social network
    """
    service: Service!
    """
    Represents the external ID of the channel on social network API
    """
    serviceId: String!
    """
    Indicates if trending topic suggestions should be shown in the composer.
    When false, users can still access trends via the trending icon button.
    Defaults to true for backward compatibility.
    """
    showTrendingTopicSuggestions: Boolean!
    """
    The timezone of the channel - Default if not set is Europe/London
    """
    timezone: String!
    """
    The type of the channel - Page, Profile, Business, Group, Account, etc.
    """
    type: ChannelType!
    """
    Weekly posting limit for the channel
    """
    weeklyPostingLimit: WeeklyPostingLimit @deprecated(reason: "This field is not used anymore")
    """
    The creation date of the channel
    """
    createdAt: DateTime!
    """
    The last time the channel was updated
    """
    updatedAt: DateTime!
  }

  """
  Settings for link shortening
  """
  type ChannelLinkShortening {
    """
    Configuration of link shortening integration. Null if disabled.
    """
    config: LinkShorteningConfig
    """
    If link shortening is enabled for the channel
    """
    isEnabled: Boolean!
  }

  """
  Connected App
  """
  type ConnectedApp {
    """
    The category of the connected app, when known.
    """
    category: ConnectedAppCategory
    """
    The id of the connectedApp.
    """
    clientId: ID!
    """
    A brief description of the connected app.
    """
    description: String!
    """
    The name of the connected app.
    """
    name: String!
    """
    The access scopes granted to this connection for Buffer's public API
    resources. Empty when the connection holds none.
    """
    scopes: [String!]!
    """
    The id of the user that has granted access to the app.
    """
    userId: ID!
    """
    The website URL of the connected app.
    """
    website: String!
    """
    The date and time when the connected app was created.
    """
    createdAt: DateTime!
  }

  """
  Successful result of an end user creating a post template.
  """
  type CreatePostTemplateSuccess {
    """
    The newly created post template.
    """
    postTemplate: PostTemplate!
  }

  """
  Status of daily posting limits for a channel on a given day.
  """
  type DailyPostingLimitStatus {
    """
    The channel ID this status refers to.
    """
    channelId: ChannelId!
    """
    Whether the channel has reached its daily posting limit.
    """
    isAtLimit: Boolean!
    """
    The network daily posting limit. Null means unlimited.
    """
    limit: Int
    """
    Number of posts scheduled for this day.
    """
    scheduled: Int!
    """
    Number of posts already sent on this day.
    """
    sent: Int!
  }

  """
  deletePost success response returns the post id that was deleted.
  """
  type DeletePostSuccess {
    """
    Post id that was delete.
    """
    id: PostId!
  }

  """
  Document asset
  """
  type DocumentAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    Document specific metadata
    """
    document: DocumentMetadata!
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Document metadata
  """
  type DocumentMetadata {
    """
    Document fileSize in bytes
    """
    filesize: Int
    """
    Number of pages in the document
    """
    numPages: Int!
    """
    URLs to the static thumbnails of the document pages
    """
    thumbnails: [String!]!
    """
    Document title
    """
    title: String
  }

  """
  Empty mutation success response used when client doesn't need any data back
  or simply needs to respond to a success or error.
  """
  type EmptySuccess implements MutationSuccess {
    """
    The value is always an empty string ''
    Note: GraphQL doesn't allow types with no fields, so we have to add this field
    """
    _empty: String!
  }

  """
  Facebook metadata
  """
  type FacebookMetadata {
    """
    Metadata about the location of the business associated with the channel. Only available for Facebook and GPB
    """
    locationData: LocationData
  }

  """
  Facebook post metadata
  """
  type FacebookPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Facebook post's first comment
    """
    firstComment: String
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    Title of Facebook reel
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Metadata for a GBP post that is an event
  """
  type GoogleBusinessEventMetaData {
    """
    Action button
    """
    button: GoogleBusinessPostActionType!
    """
    End date of the event
    """
    endDate: DateTime!
    """
    End time of the event
    """
    endTime: String @deprecated(reason: "get time from the endDate")
    """
    Indicate whether the event has a start or end time.
    """
    isFullDayEvent: Boolean!
    """
    Link to the action
    """
    link: String
    """
    Start date of the event
    """
    startDate: DateTime!
    """
    Start time of the event
    """
    startTime: String @deprecated(reason: "get time from the startDate")
    """
    Title of the event
    """
    title: String!
  }

  """
  Google Business metadata
  """
  type GoogleBusinessMetadata {
    """
    Metadata about the location of the business associated with the channel. Only available for Facebook and GPB
    """
    locationData: LocationData
  }

  """
  Metadata for a GBP post that is an offer
  """
  type GoogleBusinessOfferMetaData {
    """
    Coupon code for the offer
    """
    code: String
    """
    End date of the offer
    """
    endDate: DateTime!
    """
    Link to the offer
    """
    link: String
    """
    Start date of the offer
    """
    startDate: DateTime!
    """
    Terms and Conditions
    """
    terms: String
    """
    Title of the offer
    """
    title: String!
  }

  """
  Google Business Profile post metadata
  @deprecated: pending proposal for specific GBP post types: update, offer and event metadata types
  """
  type GoogleBusinessPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Details of the metadata
    """
    details: GoogleBusinessPostDetails
    """
    Title if available in the given GBP post type: event and offer
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Metadata for a GBP post of type Whats new
  """
  type GoogleBusinessWhatsNewMetaData {
    """
    Action button
    """
    button: GoogleBusinessPostActionType!
    """
    Link to the action
    """
    link: String
  }

  """
  Ideas are the main entity in the create space
  """
  type Idea {
    """
    Unique identifier for the idea
    """
    id: ID!
    """
    The actual content and metadata of the idea
    """
    content: IdeaContent!
    """
    ID of the group this idea belongs to (if any)
    """
    groupId: ID
    """
    ID of the organization that owns this idea
    """
    organizationId: ID!
    """
    Numerical position for ordering within a group
    """
    position: Float
    """
    Unix timestamp of when the idea was created
    """
    createdAt: Int!
    """
    Unix timestamp of when the idea was last modified
    """
    updatedAt: Int!
  }

  """
  Content of an idea
  """
  type IdeaContent {
    """
    Indicates whether AI tools were used in creating this idea
    """
    aiAssisted: Boolean!
    """
    DateTime set by user associated with the idea - this often reflects a target publish date.
    """
    date: DateTime
    """
    List of media items attached to the idea
    """
    media: [IdeaMedia!]
    """
    Services tagged by the user - this is typically used to annotate ideas with their target services
    """
    services: [Service!]!
    """
    Tags used to categorize and organize the idea
    """
    tags: [PublishingTag!]!
    """
    Main body text or description of the idea
    """
    text: String
    """
    Title or headline of the idea
    """
    title: String
  }

  """
  Media attached to an idea
  """
  type IdeaMedia {
    """
    Unique identifier for the media in Buffer's upload system
    """
    id: ID!
    """
    Alternative text description for accessibility
    """
    alt: String
    """
    File size in bytes
    """
    size: Int
    """
    Source platform information for the media
    """
    source: IdeaMediaSource
    """
    URL to a smaller version of the media for preview purposes
    """
    thumbnailUrl: String
    """
    Type of media (e.g., image, video, gif)
    """
    type: MediaType!
    """
    Direct URL to access the media file
    """
    url: String!
  }

  """
  Media source for the idea, e.g. Unsplash, Gifphy, etc.
  """
  type IdeaMediaSource {
    """
    Unique identifier from the source platform
    """
    id: String
    """
    Name of the content creator/author
    """
    author: String
    """
    URL to the author's profile on the source platform
    """
    authorUrl: String
    """
    Name of the media source platform (e.g., 'Unsplash', 'Giphy')
    """
    name: String!
  }

  """
  Pagination type for Ideas
  """
  type IdeaEdge {
    """
    Opaque cursor for pagination, used to fetch subsequent pages
    """
    cursor: String!
    """
    The idea object
    """
    node: Idea!
  }

  """
  Idea groups are used to organize ideas in the board
  """
  type IdeaGroup {
    """
    Unique identifier for the idea group.
    """
    id: ID!
    """
    Whether the idea group is locked.
    """
    isLocked: Boolean!
    """
    The name of the idea group.
    """
    name: String!
  }

  """
  createIdea response type
  """
  type IdeaResponse {
    """
    The affected idea
    """
    idea: Idea
    """
    If true, the client should refresh the ideas list because other ideas might have been moved
    """
    refreshIdeas: Boolean!
  }

  """
  Relay connection for paginated ideas.
  """
  type IdeasConnection {
    """
    List of idea edges containing the ideas and their cursors
    """
    edges: [IdeaEdge!]!
    """
    Pagination metadata including hasNextPage and endCursor
    """
    pageInfo: PaginationPageInfo!
  }

  """
  Image asset
  """
  type ImageAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    Image specific metadata
    """
    image: ImageMetadata!
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
  }

  """
  Image metadata
  """
  type ImageMetadata {
    """
    Alternative text for accessibility
    """
    altText: String!
    """
    Animated thumbnail URL
    """
    animatedThumbnail: String
    """
    Image height in pixels
    """
    height: Int!
    """
    Is the image animated?
    """
    isAnimated: Boolean!
    """
    User tags in the image
    """
    userTags: [UserTag!]
    """
    Image width in pixels
    """
    width: Int!
  }

  """
  Instagram Geolocation
  """
  type InstagramGeolocation {
    """
    The id of this location
    """
    id: String
    """
    The name of this location
    """
    text: String
  }

  """
  Instagram metadata
  """
  type InstagramMetadata {
    """
    Indicates if we should default to reminder for Instagram
    """
    defaultToReminders: Boolean!
  }

  """
  Instagram post metadata
  """
  type InstagramPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Instagram post's first comment
    """
    firstComment: String
    """
    Geolocation of the post
    """
    geolocation: InstagramGeolocation
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    Shop Grid link for the post
    """
    link: String
    """
    Indicates whether post should be shared to feed
    """
    shouldShareToFeed: Boolean!
    """
    Sticker fields for reminder-based publishing
    """
    stickerFields: InstagramStickerFields
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Instagram fields for reminder-based publishing. Upon the reminder for publishing, the user
  is prompted to copy and paste these fields into the Instagram app to complete the post.
  """
  type InstagramStickerFields {
    """
    Placeholder text for the post's music
    """
    music: String
    """
    Additional field for any other post content
    """
    other: String
    """
    Placeholder text for the post's linked products
    """
    products: String
    """
    Text for the Story or Reel
    """
    text: String
    """
    Placeholder text for the post's topics (Reels only)
    """
    topics: String
  }

  """
  Error returned when the input is invalid
  """
  type InvalidInputError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Error returned when the limit is reached
  """
  type LimitReachedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Link attachment
  """
  type LinkAttachment implements ScrapedLink {
    """
    Full URL that the link asset has been built from
    """
    expandedUrl: String
    """
    Description for the scraped link
    """
    text: String!
    """
    Selected thumbnail for this link preview
    """
    thumbnail: String
    """
    Thumbnails of media available in the link
    """
    thumbnails: [String!]!
    """
    Title for the link attachment
    """
    title: String!
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  LinkedIn metadata
  """
  type LinkedInMetadata {
    """
    Property parsed from scopes indicating whether the client should show the LinkedIn analytics refresh banner
    """
    shouldShowLinkedinAnalyticsRefreshBanner: Boolean!
  }

  """
  LinkedIn post metadata
  """
  type LinkedInPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    LinkedIn post's first comment
    """
    firstComment: String
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Link Shortening Configuration
  """
  type LinkShorteningConfig {
    """
    Domain of the link shortener - eg buff.ly, dub.co,
    or the user's custom domain.
    """
    domain: String!
    """
    Human readable string to describe the link shortening
    service.
    """
    name: String!
  }

  """
  Location data about the channel
  """
  type LocationData {
    """
    Google Account Id of the business
    """
    googleAccountId: String
    """
    Location of the business associated with the channel
    """
    location: String
    """
    Link to the map
    """
    mapsLink: String
  }

  """
  Mastodon metadata
  """
  type MastodonMetadata {
    """
    Maximum character limit allowed for this channel's server instance
    """
    maxCharacters: Int!
    """
    The instance of mastodon of the channel
    """
    serverUrl: String!
  }

  """
  Mastodon post metadata
  """
  type MastodonPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Spoiler text hiding the root text of this post
    """
    spoilerText: String
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Represents the members connection edge. Later, we can add the list of members with the page info to follow our connection edge pattern.
  """
  type MemberConnection {
    """
    The total count of team members counting the org owner and team members from the Publish DB.
    """
    totalCount: Int!
  }

  """
  Note entity
  """
  type Note {
    """
    The unique identifier of the note.
    """
    id: NoteId!
    """
    The allowed actions a user can perform on the note.
    """
    allowedActions: [NoteAction!]!
    """
    The author of the note - null if the user is deleted or left the organization.
    """
    author: Author!
    """
    The content of the note.
    """
    text: String!
    """
    The type of the note.
    """
    type: NoteType!
    """
    The date and time when the note was created.
    """
    createdAt: DateTime!
    """
    The date and time when the note was last edited.
    """
    updatedAt: DateTime
  }

  """
  Error returned when the resource is not found
  """
  type NotFoundError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Organization is a representation of a Buffer Organization.
  """
  type Organization {
    """
    The ID of the organization.
    """
    id: OrganizationId!
    """
    The total number of channels connected to the organization.
    """
    channelCount: Int!
    """
    The limits of the organization. Can be used to check if the organization has reached the limit of channels, members, etc.
    """
    limits: OrganizationLimits!
    """
    The members of the organization. Can be used to check the total number of members in the organization. In the future, it might contain more information about the members.
    """
    members: MemberConnection!
    """
    The name of the organization.
    """
    name: String!
    """
    The owner email of the organization.
    """
    ownerEmail: String!
    """
    Whether the requesting actor should be sent through 2FA setup before they
    can use this organization. Derived: true only when the org has
    \`settings.enforce2FA\` ON, the \`organization-enforced-2fa\` rollout Split is
    ON for the org, and the actor has no 2FA configured on their own account.

    This is the single source of truth for the forced-2FA gate; app-shell and
    publish-frontend redirect to the setup flow when it's true. Exposed to the
    API gateway so any stitched consumer reads the same value.
    """
    shouldEnforce2FASetup: Boolean!
  }

  """
  Resource limits for an organization including channels, members, and content limits
  """
  type OrganizationLimits {
    """
    The maximum number of channels allowed for the organization.
    """
    channels: Int!
    """
    The maximum number of content generations allowed for the organization.
    """
    generateContent: Int!
    """
    The maximum number of idea groups allowed for the organization.
    """
    ideaGroups: Int!
    """
    The maximum number of ideas allowed for the organization.
    """
    ideas: Int!
    """
    The maximum number of members allowed for the organization.
    """
    members: Int!
    """
    The maximum number of post templates allowed for the organization.
    """
    postTemplates: Int!
    """
    The maximum number of saved replies allowed for the organization.
    """
    savedReplies: Int!
    """
    The maximum number of scheduled posts allowed for the organization.
    """
    scheduledPosts: Int!
    """
    The maximum number of scheduled stories allowed per channel.
    """
    scheduledStoriesPerChannel: Int!
    """
    The maximum number of scheduled threads allowed per channel.
    """
    scheduledThreadsPerChannel: Int!
    """
    The maximum number of tags allowed for the organization.
    """
    tags: Int!
  }

  """
  Information to aid in pagination.
  """
  type PaginationPageInfo {
    """
    The last cursor in the list. It can be used to fetch the next page.
    """
    endCursor: String
    """
    When set to true, it means there is a next page available.
    """
    hasNextPage: Boolean!
    """
    When set to true, it means there is a previous page available. Will always return false for now as we only support forward pagination.
    """
    hasPreviousPage: Boolean!
    """
    The first cursor in the list. It can be used to fetch the previous page.
    """
    startCursor: String
  }

  """
  A Pinterest board
  """
  type PinterestBoard {
    """
    The ID of the board
    """
    id: String!
    """
    The board avatar
    """
    avatar: String
    """
    The board description
    """
    description: String
    """
    The board name
    """
    name: String!
    """
    The ID of the service
    """
    serviceId: String!
    """
    The board URL
    """
    url: String!
  }

  """
  Pinterest metadata
  """
  type PinterestMetadata {
    """
    The list of boards the user has on Pinterest
    """
    boards: [PinterestBoard!]!
  }

  """
  Pinterest post metadata
  """
  type PinterestPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    The board the Pin is saved to
    """
    board: PinterestBoard
    """
    The title of the Pin
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
    """
    The Pin destination link
    """
    url: String
  }

  """
  Post entity
  """
  type Post {
    """
    ObjectId of the post
    """
    id: PostId!
    """
    Indicates what actions the current account can perform on the post
    """
    allowedActions: [PostAction!]!
    """
    assets
    """
    assets: [Asset!]!
    """
    Represents the user who created the post
    """
    author: Author
    """
    channel
    """
    channel: Channel!
    """
    channel ID (faster than resolving the channnel.id)
    """
    channelId: ChannelId!
    """
    channel service (faster than resolving the channnel.service)
    """
    channelService: Service!
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    error
    """
    error: PostPublishingError
    """
    The external URL of the post at the destination service
    """
    externalLink: String
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Indicates whether time to publish was manually selected by the user
    """
    isCustomScheduled: Boolean!
    """
    Metadata of the post which differs based on the social network/service
    @see post.metadata.graphql
    """
    metadata: PostMetadata
    """
    Metrics for the sent post. If post is not yet sent, this field will be null
    """
    metrics: [PostMetric!]
    """
    Timestamp of when \`metrics\` were last refreshed from the network. Null
    until the daily ingestion job has processed the post. Buffer pulls
    fresh metrics once per day, so this can lag the network value by ~24h.
    """
    metricsUpdatedAt: DateTime
    """
    notes
    """
    notes: [Note!]!
    """
    notificationStatus: notified or markedAsPublished
    """
    notificationStatus: NotificationStatus
    """
    How the post publishes: \`notification\` for a reminder that asks someone to
    publish it by hand, \`automatic\` for one the publishing workers send.
    """
    schedulingType: SchedulingType
    """
    Date when the post is published
    """
    sentAt: DateTime
    """
    Indicates whether the post was shared via publish now action
    """
    sharedNow: Boolean!
    """
    Indicates the share mode of the post (e.g., addToQueue, shareNext, shareNow, customScheduled)
    """
    shareMode: ShareMode!
    """
    status
    """
    status: PostStatus!
    """
    tags - sorted by name in ascending order
    """
    tags: [Tag!]!
    """
    Text content of the Post
    """
    text: String!
    """
    Indicates if the post is created from Buffer or the API
    """
    via: PostVia!
    """
    Date when the post was created
    """
    createdAt: DateTime!
    """
    Date when the post was updated
    """
    updatedAt: DateTime!
  }

  """
  Success response returns the full up-to-date post from after the action was performed.
  """
  type PostActionSuccess {
    """
    Post on which the action was successfully performed.
    """
    post: Post!
  }

  """
  Represents a posting goal for a channel, including target, progress, and status information.
  """
  type PostingGoal {
    """
    The target number of posts for this goal.
    """
    goal: Int!
    """
    The end date of the period for this posting goal.
    """
    periodEnd: DateTime!
    """
    The start date of the period for this posting goal.
    """
    periodStart: DateTime!
    """
    The number of posts that are scheduled to be sent for this goal.
    """
    scheduledCount: Int!
    """
    The number of posts that have been sent (published or ingested) for this goal.
    """
    sentCount: Int!
    """
    The current status of the posting goal.
    """
    status: PostingGoalStatus!
  }

  """
  A single metric for a post (or an entry in an aggregated metrics response).
  """
  type PostMetric {
    """
    A human-readable description of what the metric represents.
    """
    description: String!
    """
    The human-readable name of the metric (e.g. "Reactions", "Eng. Rate").
    """
    name: String!
    """
    The type of metric. Cross-network metrics use unified naming (\`reactions\`,
    \`comments\`, etc.); network-specific metrics retain their network's
    vocabulary (\`saves\`, \`quotes\`, etc.). See \`PostMetricType\` for the full
    catalog including deprecated values.
    """
    type: PostMetricType!
    """
    The unit (count vs percentage) of \`value\`.
    """
    unit: PostMetricUnit!
    """
    The metric value. Defaults to 0 when the network did not report the metric.
    """
    value: Float!
  }

  """
  Post publishing error
  """
  type PostPublishingError {
    """
    Error message to display
    """
    message: String!
    """
    The original error from the publishing service (internal use only)
    """
    rawError: String
    """
    Link to a help center article to help resolve the error
    """
    supportUrl: String
  }

  """
  Represent a node in the pagination result using the Connect Relay convention.
  """
  type PostsEdge {
    """
    Opaque cursor to be used in pagination to fetch from current node.
    """
    cursor: String!
    """
    Represents the current post in the list.
    """
    node: Post!
  }

  """
  Results for the posts query.
  """
  type PostsResults {
    """
    The list of posts that match the query.
    """
    edges: [PostsEdge!]
    """
    Information to aid in pagination.
    """
    pageInfo: PaginationPageInfo!
  }

  """
  A post template used for content inspiration.
  """
  type PostTemplate {
    """
    The unique identifier for the template.
    """
    id: PostTemplateId!
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String!
    """
    A short user-facing description of the template.
    """
    description: String!
    """
    The emoji associated with the template.
    """
    emoji: String!
    """
    The organization that owns this template.
    """
    organizationId: OrganizationId!
    """
    The title of the template.
    """
    title: String!
    """
    The visibility level of the template. \`public\` is returned for
    Buffer-managed templates.
    """
    visibility: PostTemplateVisibility!
    """
    The date and time the template was created.
    """
    createdAt: DateTime!
    """
    The date and time the template was last updated.
    """
    updatedAt: DateTime!
  }

  """
  An edge in a post template connection.
  """
  type PostTemplateEdge {
    """
    A cursor for pagination.
    """
    cursor: String!
    """
    The post template node at the end of the edge.
    """
    node: PostTemplate!
  }

  """
  A paginated connection of post templates.
  """
  type PostTemplatesConnection {
    """
    The list of post template edges.
    """
    edges: [PostTemplateEdge!]!
    """
    Pagination information for the connection.
    """
    pageInfo: PaginationPageInfo!
    """
    The total number of templates matching the filters.
    """
    totalCount: Int!
  }

  """
  Account preferences
  """
  type Preferences {
    timeFormat: String
    startOfWeek: String
    defaultScheduleOption: ScheduleOption!
  }

  """
  Tag snapshot associated with content
  """
  type PublishingTag {
    id: ID!
    """
    Hex color for tag e.g #F523F1
    """
    color: String!
    """
    Stable Buffer palette identifier derived from \`color\`.
    Clients should map this value to platform- and theme-specific presentation,
    falling back to \`color\` when this field is null or unsupported.
    Returns null for custom or unrecognized colors.
    """
    colorName: TagColorName
    name: String!
  }

  """
  Error proxied from the REST API response
  """
  type RestProxyError implements MutationError {
    """
    Error code from the REST API response - https://buffer.com/developers/api/errors
    """
    code: Int
    """
    Link to our Help center from the REST API response
    """
    link: String
    """
    An error message from the REST API response that we proxied here
    """
    message: String!
  }

  """
  Information about the initial Tweet that was retweeted
  """
  type RetweetMetadata implements ScrapedLink {
    """
    Retweet ID
    """
    id: String!
    """
    Text of the original tweet
    """
    text: String!
    """
    Thumbnails to media available in the link
    """
    thumbnails: [String!]!
    """
    Link to original tweet
    """
    url: String!
    """
    User who created the original tweet
    """
    user: RetweetUserMetadata!
    """
    Date when the original tweet was created
    """
    createdAt: DateTime!
  }

  """
  Information about the initial author of the Tweet that was retweeted
  """
  type RetweetUserMetadata {
    """
    Avatar of the user who created the original Tweet
    """
    avatar: String!
    """
    Name of the user who created the original Tweet
    """
    name: String!
    """
    Username of the user who created the original Tweet
    """
    username: String!
  }

  """
  Posting schedule for a specific day of the week
  """
  type ScheduleV2 {
    """
    The day of the week: mon, tue, wed, thu, fri, sat, sun
    """
    day: DayOfWeek!
    """
    Indicates if this day is paused in the posting schedule.
    """
    paused: Boolean!
    """
    The times the channel is scheduled to post on the day: HH:MM
    """
    times: [String!]!
  }

  """
  Tag entity
  """
  type Tag {
    """
    ObjectId of the tag
    """
    id: TagId!
    """
    Hex color for tag e.g '#F523F1'
    """
    color: String!
    """
    Stable Buffer palette identifier derived from \`color\`.
    Clients should map this value to platform- and theme-specific presentation,
    falling back to \`color\` when this field is null or unsupported.
    Returns null for custom or unrecognized colors.
    """
    colorName: TagColorName
    """
    Locked tag cannot be assigned to new items in the UI.
    A Tag is locked after a customer downgrades and has more tags than the free plan limit allows
    """
    isLocked: Boolean!
    """
    Name of the tag e.g 'Summer sales'
    """
    name: String!
  }

  """
  A post authored by the user which is posted to a thread.
  This is commonly used for long-format twitter and meta threads posts to
  allow authored content to span multiple threads.
  Threads are represented as a list of replies, each replying to the previous one.
  """
  type ThreadedPost {
    """
    Media assets of the threaded post
    """
    assets: [Asset!]!
    """
    Link attachment for the threaded post
    """
    linkAttachment: LinkAttachment
    """
    The text body content of the threaded post
    """
    text: String!
  }

  """
  Threads post metadata
  """
  type ThreadsPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Link attachment
    """
    linkAttachment: LinkAttachment
    """
    LocationId associated with the post
    """
    locationId: String
    """
    Location name associated with the post
    """
    locationName: String
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    Topic associated with the post
    """
    topic: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Tiktok metadata
  """
  type TiktokMetadata {
    """
    Indicates if we should default to reminder for Tiktok
    """
    defaultToReminders: Boolean!
  }

  """
  Tiktok post metadata
  """
  type TiktokPostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Whether the post discloses AI-generated content (TikTok video only)
    """
    isAiGenerated: Boolean!
    """
    The title of the TikTok post (for photo posts)
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Twitter metadata
  """
  type TwitterMetadata {
    """
    Indicates the type of subscription the user has on Twitter
    """
    subscriptionType: String
  }

  """
  Twitter post metadata
  """
  type TwitterPostMetadata implements CommonPostMetadata & ThreadedPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    The details of the tweet being retweeted
    """
    retweet: RetweetMetadata
    """
    The list of threaded posts (not paginated)
    """
    thread: [ThreadedPost!]!
    """
    The number of threaded posts
    """
    threadCount: Int!
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Error returned when the user is not authorized to perform the action
  """
  type UnauthorizedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Error returned when unexpected error occurs
  """
  type UnexpectedError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Successful result of an end user updating a post template.
  """
  type UpdatePostTemplateSuccess {
    """
    The updated post template.
    """
    postTemplate: PostTemplate!
  }

  """
  User tag in the image
  """
  type UserTag {
    """
    The handle (username) of the tagged account, without the leading @.
    """
    handle: String!
    """
    Horizontal position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image width from the left edge (0.5 is the horizontal center).
    """
    x: Float!
    """
    Vertical position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image height from the top edge (0.5 is the vertical center).
    """
    y: Float!
  }

  """
  Video asset
  """
  type VideoAsset implements Asset {
    """
    The ID of the asset in the database
    """
    id: ID
    """
    The MIME type of the asset
    """
    mimeType: String!
    """
    URL to the file source
    """
    source: String!
    """
    URL to the static thumbnail of the asset
    """
    thumbnail: String!
    """
    The type of the asset
    """
    type: AssetType!
    """
    Video specific metadata
    """
    video: VideoMetadata!
  }

  """
  Video metadata
  """
  type VideoMetadata {
    """
    Audio codec
    """
    audioCodec: String
    """
    Video container format
    """
    containerFormat: String
    """
    Video duration in seconds
    """
    durationMs: Int!
    """
    Video fileSize in bytes
    """
    fileSize: Int
    """
    Video framerate
    """
    frameRate: Int
    """
    Video height in pixels
    """
    height: Int!
    """
    Whether the video needs to be transcoded before it can be broadcasted
    """
    isTranscodingRequired: Boolean!
    """
    Whether the video is currently being processed (transcoding in progress)
    """
    isVideoProcessing: Boolean!
    """
    Rotation degree
    """
    rotationDegree: Int
    """
    Offset of the thumbnail chosen for the video, in ms
    """
    thumbnailOffset: Int
    """
    Video title
    """
    title: String
    """
    Video bitrate in kbps
    """
    videoBitRate: Int
    """
    Video codec
    """
    videoCodec: String
    """
    Video width in pixels
    """
    width: Int!
  }

  """
  Error implementation that allows clients to resolve the MutationError on mutations that do not currently have typed errors.
  This allows clients to automatically handle errors that may be added to a mutation in future.

  Do not directly throw this error, use a custom typed error instead
  """
  type VoidMutationError implements MutationError {
    """
    Error message
    """
    message: String!
  }

  """
  Weekly posting limit for a channel
  """
  type WeeklyPostingLimit {
    """
    The weekly posting limit for the channel
    """
    limit: Int!
    """
    The number of posts the channel has scheduled for this week
    """
    scheduled: Int!
    """
    The number of posts the channel has sent this week
    """
    sent: Int!
  }

  type YoutubeCategory {
    categoryId: String!
    title: String!
  }

  """
  Youtube metadata
  """
  type YoutubeMetadata {
    """
    Indicates if we should default to reminder for Youtube
    """
    defaultToReminders: Boolean!
  }

  """
  Youtube post metadata
  """
  type YoutubePostMetadata implements CommonPostMetadata {
    """
    Annotations representing entities in the text
    """
    annotations: [Annotation!]!
    """
    Post category
    """
    category: YoutubeCategory
    """
    Indicates whether the video allows embedding
    """
    embeddable: Boolean!
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean!
    """
    Video license
    """
    license: YoutubeLicense
    """
    Indicates whether the video is suitable for kids
    """
    madeForKids: Boolean!
    """
    Indicates whether to notify subscribers on publish video
    """
    notifySubscribers: Boolean!
    """
    Privacy setting for post
    """
    privacy: YoutubePrivacy
    """
    Title of the Youtube post
    """
    title: String
    """
    The channel-specific type of the post, eg, post, story, reel for Youtube
    """
    type: PostType!
  }

  """
  Input for the \`aggregatedPostMetrics\` query.
  """
  input AggregatedPostMetricsInput {
    """
    Optional list of channel IDs to filter by. When omitted (null), the
    aggregate spans every channel in the organization the actor has
    insights access to. When set to an empty array, no channels match and
    the result is empty.
    """
    channelIds: [ChannelId!]
    """
    End of the aggregation window. Consumers typically pass UTC midnight of
    the last calendar day in the window (the backend treats the range as
    inclusive of that day), for example \`2026-01-31T00:00:00Z\`. Date range
    is capped to 365 days.
    """
    endDateTime: DateTime!
    """
    The organization ID
    """
    organizationId: OrganizationId!
    """
    Start of the aggregation window. Consumers typically pass UTC midnight
    of the first calendar day in the window, for example
    \`2026-01-01T00:00:00Z\`.
    """
    startDateTime: DateTime!
    """
    Filter to posts with specific tags.
    When omitted, all posts are included regardless of tags.
    """
    tags: TagComparator
  }

  """
  Annotation representing all the entities in the text
  """
  input AnnotationInputFacebook {
    """
    The content of the annotation, e.g. '107509875938399'
    """
    content: String!
    """
    The indices of the annotation in the text, e.g. [6, 9] (from 6 to 9 characters in the text)
    """
    indices: [Int!]!
    """
    The text representation of the annotation, eg 'Buffer'
    """
    text: String!
    """
    The URL the annotation points to, e.g. https://www.facebook.com/107509875938399
    """
    url: String!
  }

  """
  Annotation representing all the entities in the text
  """
  input AnnotationInputLinkedIn {
    """
    The id of the annotation, e.g. 1521226
    """
    id: String!
    """
    The entity of the annotation, e.g. urn:li:organization:1521226
    """
    entity: String!
    """
    The length of the annotation, e.g. 6
    """
    length: Int!
    """
    The link of the annotation, e.g. https://www.linkedin.com/company/bufferapp
    """
    link: String!
    """
    The localized name of the annotation, e.g. Buffer
    """
    localizedName: String!
    """
    The start of the annotation, e.g. 5
    """
    start: Int!
    """
    The vanity name of the annotation, e.g. bufferapp
    """
    vanityName: String!
  }

  """
  A single entity's asset. Exactly one variant must be provided.
  """
  input AssetInput {
    """
    Document asset
    """
    document: DocumentAssetInput
    """
    Image asset
    """
    image: ImageAssetInput
    """
    Link asset
    """
    link: LinkAssetInput
    """
    Video asset
    """
    video: VideoAssetInput
  }

  """
  Bluesky post metadata
  """
  input BlueskyPostMetadataInput {
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  Input for the channel query
  """
  input ChannelInput {
    """
    The ID of the channel to be retrieved
    """
    id: ChannelId!
  }

  """
  Filter to pass when fetching channels.
  """
  input ChannelsFiltersInput {
    """
    If not defined, it returns all channels
    Else,
      if true, it only returns locked channels
      if false, it only returns not locked channels
    """
    isLocked: Boolean
    """
    If not passed, it return all channels
    Else, it filters the channels based on what the product supports.
    """
    product: Product
  }

  """
  Input to pass when fetching channels.
  """
  input ChannelsInput {
    """
    A list of option filters - passing null means we don't want to filter
    """
    filter: ChannelsFiltersInput
    """
    The Organization id to fetch channels for
    """
    organizationId: OrganizationId!
  }

  """
  createIdea input type
  """
  input CreateIdeaInput {
    """
    Content and metadata for the new idea
    """
    content: IdeaContentInput!
    """
    Call-to-action identifier for analytics tracking
    """
    cta: String
    """
    Group placement (null for unassigned group)
    """
    group: IdeaGroupInput
    """
    Organization ID that will own the idea
    """
    organizationId: ID!
    """
    Template ID used to create the idea
    """
    templateId: String
  }

  """
  Create post's request input.

  Note: \`metadata.{service}.linkAttachment\` is mutually exclusive with a non-empty \`assets\`
  array. Input providing both is rejected.
  """
  input CreatePostInput {
    """
    If this post was created with the help of AI
    """
    aiAssisted: Boolean
    """
    Ordered list of assets on this post.
    """
    assets: [AssetInput!]! = []
    """
    Channel's Id for which we want to create the post
    """
    channelId: ChannelId!
    """
    Is set when the Post is generated from a Draft
    """
    draftId: DraftId
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Metadata of the post which differs based on the social network/service
    """
    metadata: PostInputMetaData
    """
    How the post is being scheduled.
    """
    mode: ShareMode!
    """
    Submit the post for approval instead of scheduling it. A post submitted for
    approval is always a draft, so this conflicts with turning \`saveToDraft\` off.

    Only valid when your posting policy on the target channel requires approval.
    """
    needsApproval: Boolean! = false
    """
    If true, saves the post as a draft instead of scheduling it.
    When saving as draft:
    - Post status will be 'draft' instead of 'buffer'
    - Posting limits are not checked
    - The post will not be published until explicitly scheduled
    """
    saveToDraft: Boolean
    """
    Scheduling type to indicate notification publishing or automatic publishing
    """
    schedulingType: SchedulingType!
    """
    source where the composer was initiated from, used for tracking.
    """
    source: String
    """
    List of tag IDs
    """
    tagIds: [TagId!]
    """
    Text content of the Post.

    Note: for threaded posts, this needs to match the first item in the \`thread\` array.
    """
    text: String
  }

  """
  Input for an end user creating a post template. Buffer-curated
  taxonomy fields are server-defaulted; setting them is only available
  to official Buffer clients.
  """
  input CreatePostTemplateInput {
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String!
    """
    A short user-facing description of the template. Nullable for
    backwards-compat at the GraphQL boundary — the resolver rejects
    null/empty values with a clear input error so the underlying
    storage contract (non-empty string) is still honored.
    """
    description: String
    """
    The emoji associated with the template.
    """
    emoji: String
    """
    Organization the template belongs to. The caller must be a member of
    this organization. For \`internal\` visibility this is the team scope;
    for \`private\` it's recorded on the template but does not affect
    visibility.
    """
    organizationId: OrganizationId!
    """
    The title of the template.
    """
    title: String!
    """
    Defaults to \`private\` if omitted. \`public\` is rejected — it is only
    available to official Buffer clients.
    """
    visibility: PostTemplateVisibility
  }

  """
  Input for the dailyPostingLimits query.
  """
  input DailyPostingLimitsInput {
    """
    List of channel IDs to check limits for. All channels must belong to the same organization.
    """
    channelIds: [ChannelId!]!
    """
    The date to check limits for. Defaults to today if not provided.
    """
    date: DateTime
  }

  """
  Comparator for filtering by date
  """
  input DateTimeComparator {
    """
    Include results with dates equal to or before
    the specified date
    """
    end: DateTime
    """
    Include results with dates equal to or after
    the specified date
    """
    start: DateTime
  }

  """
  deletePost mutation deletes a post by id.
  """
  input DeletePostInput {
    """
    Post id to delete.
    """
    id: PostId!
  }

  """
  Input for an end user deleting a post template.
  """
  input DeletePostTemplateInput {
    """
    The ID of the template to delete.
    """
    id: PostTemplateId!
  }

  """
  Document asset
  """
  input DocumentAssetInput {
    """
    Document thumbnail URL
    """
    thumbnailUrl: String!
    """
    Document title
    """
    title: String!
    """
    Document URL
    """
    url: String!
  }

  """
  Edit post's request input.

  Note: \`metadata.{service}.linkAttachment\` is mutually exclusive with a non-empty \`assets\`
  array. Input providing both is rejected.
  """
  input EditPostInput {
    """
    ID of the post to edit
    """
    id: PostId!
    """
    If this post was edited with the help of AI
    """
    aiAssisted: Boolean
    """
    Change the post's approval state alongside this edit. Leave unset to keep the
    post's current approval state.

    Only valid when your posting policy on the post's channel requires approval,
    and only on your own drafts. Asking for the state the post is already in does
    nothing.
    """
    approvalChange: PostApprovalChange
    """
    Ordered list of assets on this post. Omit to preserve the existing list,
    pass an empty array to clear it
    """
    assets: [AssetInput!]
    """
    Is set when the Post is generated from a Draft
    """
    draftId: DraftId
    """
    Date when the post is scheduled to be published
    """
    dueAt: DateTime
    """
    Is set when the Post is generated from an Idea
    """
    ideaId: IdeaId
    """
    Metadata of the post which differs based on the social network/service
    """
    metadata: PostInputMetaData
    """
    How the post is being scheduled. Omit the field or pass null to make no
    scheduling change — null does not clear or reset the schedule: a scheduled post
    keeps its current share mode, queue slot, and any custom time, and the edit
    applies only the other provided fields. Pass a non-null ShareMode to apply that
    mode.
    """
    mode: ShareMode
    """
    If true, saves the post as a draft instead of keeping it scheduled.
    When saving as draft:
    - Post status will be 'draft' instead of 'buffer'
    - The post will not be published until explicitly scheduled
    """
    saveToDraft: Boolean
    """
    Scheduling type to indicate notification publishing or automatic publishing.

    Omit it, or send null, to leave the post publishing the way it already does.
    """
    schedulingType: SchedulingType
    """
    source where the composer was initiated from, used for tracking.
    """
    source: String
    """
    tags
    """
    tagIds: [TagId!]
    """
    Text content of the Post. Omit the field to keep the current text; pass an
    empty string or null to clear it.

    Note: for threaded posts, this needs to match the first item in the \`thread\` array.
    """
    text: String
  }

  """
  Facebook post metadata
  """
  input FacebookPostMetadataInput {
    """
    Annotations representing entities in the text
    """
    annotations: [AnnotationInputFacebook!]
    """
    Facebook post's first comment
    """
    firstComment: String
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    The channel-specific type of the post, eg, post, story, reel for Facebook
    """
    type: PostTypeFacebook!
  }

  """
  Metadata for a GBP post that is an event
  """
  input GoogleBusinessEventMetaDataInput {
    """
    Action button. Optional: a post with no button, or \`none\`, publishes without a call-to-action. On edit, omitting it preserves the existing value.
    """
    button: GoogleBusinessPostActionType
    """
    End date of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    endDate: DateTime
    """
    Indicate whether the event has a start or end time.
    """
    isFullDayEvent: Boolean!
    """
    Link to the action
    """
    link: String
    """
    Start date of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    startDate: DateTime
    """
    Title of the event. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }

  """
  Metadata for a GBP post that is an offer
  """
  input GoogleBusinessOfferMetaDataInput {
    """
    Coupon code for the offer
    """
    code: String
    """
    End date of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    endDate: DateTime
    """
    Link to the offer
    """
    link: String
    """
    Start date of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    startDate: DateTime
    """
    Terms and Conditions
    """
    terms: String
    """
    Title of the offer. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }

  """
  Google Business Profile post metadata
  @deprecated: pending proposal for specific GBP post types: update, offer and event metadata types
  """
  input GoogleBusinessPostMetadataInput {
    """
    Details of the Event metadata
    """
    detailsEvent: GoogleBusinessEventMetaDataInput
    """
    Details of the Offer metadata
    """
    detailsOffer: GoogleBusinessOfferMetaDataInput
    """
    Details of the Whats new metadata
    """
    detailsWhatsNew: GoogleBusinessWhatsNewMetaDataInput
    """
    Title if available in the given GBP post type: event and offer
    """
    title: String
    """
    The channel-specific type of the post, eg, post, offer, event for Google Business Profile
    """
    type: PostTypeGoogleBusiness!
  }

  """
  Metadata for a GBP post of type Whats new
  """
  input GoogleBusinessWhatsNewMetaDataInput {
    """
    Action button. Optional: a post with no button, or \`none\`, publishes without a call-to-action. On edit, omitting it preserves the existing value.
    """
    button: GoogleBusinessPostActionType
    """
    Link to the action
    """
    link: String
  }

  """
  content input for creating/updating an idea
  """
  input IdeaContentInput {
    """
    Whether AI tools were used in creation
    """
    aiAssisted: Boolean
    """
    Target date for the idea, often used for planning publish schedules
    """
    date: DateTime
    """
    List of media items to attach
    """
    media: [IdeaMediaInput!]
    """
    Services associated with the idea for targeting specific platforms
    """
    services: [Service!]
    """
    Tags to categorize the idea
    """
    tags: [TagInput!]
    """
    Main body text or description
    """
    text: String
    """
    Title or headline of the idea
    """
    title: String
  }

  """
  idea group input for create/update
  """
  input IdeaGroupInput {
    """
    Target group ID (null for unassigned group)
    """
    groupId: ID
    """
    ID of idea to place after (null for top position)
    """
    placeAfterId: ID
  }

  """
  Input type for retrieving idea groups by organization ID.
  """
  input IdeaGroupsInput {
    """
    Unique identifier for the organization.
    """
    organizationId: ID!
  }

  input IdeaMediaInput {
    """
    The URL of the media
    """
    url: String!
    """
    Alternative text for the media
    """
    alt: String
    """
    Thumbnail URL for the media
    """
    thumbnailUrl: String
    """
    The type of media (image, gif, video, link, document, unsupported). Note: 'video' is not supported via public API
    """
    type: MediaType!
    """
    The size of the media in bytes
    """
    size: Int
    """
    Source information for the media
    """
    source: IdeaMediaSourceInput
  }

  """
  Input type for the source information of media attached to an idea
  """
  input IdeaMediaSourceInput {
    name: String!
    id: String
    trigger: String
    """
    for unsplash only
    """
    author: String
    authorUrl: String
  }

  """
  Selects which ideas to return by group membership. Exactly one field must be
  provided (enforced by @oneOf). To return ideas from all groups, omit
  \`groupFilter\` on IdeasInput rather than setting a field here.
  """
  input IdeasGroupFilter @oneOf {
    """
    Return only ideas that belong to these specific groups (union/OR).
    """
    groups: [ID!]
    """
    Return ideas by a group-membership bucket rather than by specific group IDs.
    """
    membership: IdeaGroupMembership
  }

  """
  Filtering criteria for the ideas list.
  """
  input IdeasInput {
    """
    Filter ideas by group membership. Omit this field entirely to return ideas
    across all groups.
    """
    groupFilter: IdeasGroupFilter
    """
    The organization to fetch ideas from.
    """
    organizationId: OrganizationId!
    """
    Filter ideas by tags using TagComparator.
    """
    tagsFilter: TagComparator
  }

  """
  Image asset
  """
  input ImageAssetInput {
    """
    Image specific metadata
    """
    metadata: ImageMetadataInput
    """
    URL to the static thumbnail of the asset
    """
    thumbnailUrl: String
    """
    URL to the file source
    """
    url: String!
  }

  """
  Image dimensions
  """
  input ImageDimensionsInput {
    """
    Image height in pixels
    """
    height: Int!
    """
    Image width in pixels
    """
    width: Int!
  }

  """
  Image metadata
  """
  input ImageMetadataInput {
    """
    Alternative text for accessibility
    """
    altText: String!
    """
    Animated thumbnail URL
    """
    animatedThumbnail: String
    """
    Ignored — the API resolves image dimensions itself.
    """
    dimensions: ImageDimensionsInput
    """
    Accounts to tag at specific points on the image. Each tag's x/y position uses normalized 0.0-1.0 coordinates - see UserTagInput.
    """
    userTags: [UserTagInput!]
  }

  """
  Instagram Geolocation
  """
  input InstagramGeolocationInput {
    """
    The id of this location
    """
    id: String
    """
    The name of this location
    """
    text: String
  }

  """
  Instagram post metadata
  """
  input InstagramPostMetadataInput {
    """
    Instagram post's first comment
    """
    firstComment: String
    """
    Geolocation of the post
    """
    geolocation: InstagramGeolocationInput
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean
    """
    Shop Grid link for the post
    """
    link: String
    """
    Indicates whether post should be shared to feed
    """
    shouldShareToFeed: Boolean!
    """
    Sticker fields for reminder-based publishing
    """
    stickerFields: InstagramStickerFieldsInput
    """
    The channel-specific type of the post, eg, post, story, reel for Instagram
    """
    type: PostType!
  }

  """
  Instagram fields for reminder-based publishing. Upon the reminder for publishing, the user
  is prompted to copy and paste these fields into the Instagram app to complete the post.
  """
  input InstagramStickerFieldsInput {
    """
    Placeholder text for the post's music
    """
    music: String
    """
    Additional field for any other post content
    """
    other: String
    """
    Placeholder text for the post's linked products
    """
    products: String
    """
    Text for the Story or Reel
    """
    text: String
    """
    Placeholder text for the post's topics (Reels only)
    """
    topics: String
  }

  """
  Link attached to the post
  """
  input LinkAssetInput {
    """
    Description of the link
    """
    description: String
    """
    Thumbnail URL of the link
    """
    thumbnailUrl: String
    """
    Title of the link
    """
    title: String
    """
    URL to the link
    """
    url: String!
  }

  """
  Link attachment
  """
  input LinkAttachmentInput {
    """
    Description shown on the link card
    """
    description: String
    """
    Thumbnail shown on the link card
    """
    thumbnail: LinkAttachmentThumbnailInput
    """
    Title shown on the link card
    """
    title: String
    """
    URL that the link asset has been built from
    """
    url: String!
  }

  """
  Thumbnail of a link attachment
  """
  input LinkAttachmentThumbnailInput {
    """
    URL of the thumbnail image
    """
    url: String!
  }

  """
  LinkedIn post metadata
  """
  input LinkedInPostMetadataInput {
    """
    Annotations representing entities in the text
    """
    annotations: [AnnotationInputLinkedIn!]
    """
    LinkedIn post's first comment
    """
    firstComment: String
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
  }

  """
  Mastodon post metadata
  """
  input MastodonPostMetadataInput {
    """
    Spoiler text hiding the root text of this post
    """
    spoilerText: String
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  movePostInQueue mutation moves a queued post to the top or bottom of its channel's queue.
  """
  input MovePostInQueueInput {
    """
    ID of the post to move.
    """
    id: PostId!
    """
    Target position within the channel's queue.
    """
    position: QueuePosition!
  }

  """
  Allow retrieving a specific Organization
  """
  input OrganizationFilterInput {
    organizationId: String!
  }

  """
  Pinterest post metadata
  """
  input PinterestPostMetadataInput {
    """
    The board ID of the Pin, can be obtained when fetching the channel details with the following query:
    \`\`\`
    query GetChannelWithSubprofiles {
      channel(input: { id: "[CHANNEL_ID_HERE]" }) {
        metadata {
          ... on PinterestMetadata {
            boards {
              serviceId
            }
          }
        }
      }
    }
    \`\`\`
    Required on create; optional on edit (omitted preserves existing board).
    """
    boardServiceId: String
    """
    The title of the Pin
    """
    title: String
    """
    The Pin destination link
    """
    url: String
  }

  """
  Input for the post query
  """
  input PostInput {
    """
    The ID of the post to be retrieved
    """
    id: PostId!
  }

  """
  Metadata of the post which differs based on the social network/service
  """
  input PostInputMetaData {
    """
    Metadata for Bluesky post
    """
    bluesky: BlueskyPostMetadataInput
    """
    Metadata for Facebook post
    """
    facebook: FacebookPostMetadataInput
    """
    Metadata for Google Business Profile post
    """
    google: GoogleBusinessPostMetadataInput
    """
    Metadata for Instagram post
    """
    instagram: InstagramPostMetadataInput
    """
    Metadata for LinkedIn post
    """
    linkedin: LinkedInPostMetadataInput
    """
    Metadata for Mastodon post
    """
    mastodon: MastodonPostMetadataInput
    """
    Metadata for Pinterest post
    """
    pinterest: PinterestPostMetadataInput
    """
    Metadata for Threads post
    """
    threads: ThreadsPostMetadataInput
    """
    Metadata for TikTok post
    """
    tiktok: TikTokPostMetadataInput
    """
    Metadata for Twitter post
    """
    twitter: TwitterPostMetadataInput
    """
    Metadata for Youtube post
    """
    youtube: YoutubePostMetadataInput
  }

  """
  Filter to apply to the posts query
  """
  input PostsFiltersInput {
    """
    When set, it will filter posts by channel
    """
    channelIds: [ChannelId!]
    """
    When set, it will filter posts by their scheduled posting date
    """
    dueAt: DateTimeComparator
    """
    When set, it will filter posts by whether their scheduled posting date exists.
    \`absent\` cannot be combined with \`dueAt\`, because absent dates cannot also match a date range.
    """
    dueAtPresence: DateTimePresence
    """
    When set, it will return posts with createdAt or dueAt date before endDate
    """
    endDate: DateTime
    """
    When set, it will return posts with createdAt or dueAt date after startDate
    """
    startDate: DateTime
    """
    When set, it will filter posts by status
    """
    status: [PostStatus!]
    """
    When set, it will filter posts by tag
    """
    tagIds: [TagId!]
    """
    Filter posts by tags. Supports specific tags, untagged posts, or union of both.
    """
    tags: TagComparator
    """
    When set, it will filter posts by the date they were created
    """
    createdAt: DateTimeComparator
  }

  """
  Input for the posts query
  """
  input PostsInput {
    """
    The filters to apply to the posts query
    """
    filter: PostsFiltersInput
    """
    The Organization id to fetch posts for
    """
    organizationId: OrganizationId!
    """
    The sort to apply to the posts results
    """
    sort: [PostSortInput!]
  }

  """
  Sort order of post results. List multiple to create tie-breaking order.
  """
  input PostSortInput {
    """
    The direction to sort by.
    """
    direction: SortDirection!
    """
    The field to sort by.
    """
    field: PostSortableKey!
  }

  """
  Input for fetching a single post template by ID.
  """
  input PostTemplateInput {
    """
    The unique identifier of the template to fetch.
    """
    id: PostTemplateId!
  }

  """
  Filters for the template library. Visibility narrows the actor-scoped
  result set; it can never widen it.
  """
  input PostTemplatesFilterInput {
    """
    Narrow the result to a single visibility scope. Omit to receive the
    union of: public templates, internal templates from the supplied
    organization, and private templates from the actor's account.
    """
    visibility: PostTemplateVisibility
  }

  """
  Input for fetching templates accessible to the current actor for the
  template library. A caller can never reach templates outside their own
  scope — the server pins \`private\` to the actor's account and \`internal\`
  to the supplied \`organizationId\` regardless of input.
  """
  input PostTemplatesInput {
    """
    Optional filters to narrow the template list.
    """
    filter: PostTemplatesFilterInput
    """
    Organization to scope \`internal\`-visibility templates to. The caller
    must be a member of this organization.
    """
    organizationId: OrganizationId!
  }

  """
  Information about the initial Tweet that was retweeted
  """
  input RetweetMetadataInput {
    """
    Retweet ID
    """
    id: String!
    """
    Optional user comment shown above the embedded retweet
    """
    comment: String
  }

  """
  Comparator for filtering by tags
  """
  input TagComparator {
    """
    Include results that have any of the specified tags (union/OR).
    """
    in: [TagId!]!
    """
    When true, include results that have no tags assigned.
    Can be combined with 'in' for union filtering.
    Defaults to false if not specified.
    """
    isEmpty: Boolean! = false
  }

  """
  Input type for tag information used in idea creation
  """
  input TagInput {
    id: ID!
    name: String!
    color: String!
  }

  """
  A post authored by the user which is posted to a thread.
  This is commonly used for long-format twitter and meta threads posts to
  allow authored content to span multiple threads.
  Threads are represented as a list of replies, each replying to the previous one.
  The first item in the list is the root post of the thread and should match the
  top-level \`text\` on the post input; the remaining items are replies.
  """
  input ThreadedPostInput {
    """
    Ordered list of assets on this threaded post
    """
    assets: [AssetInput!]! = []
    """
    The text body content of the threaded post
    """
    text: String
  }

  """
  Threads post metadata
  """
  input ThreadsPostMetadataInput {
    """
    Link attachment. Mutually exclusive with a non-empty \`assets\` array — input providing both is rejected.
    """
    linkAttachment: LinkAttachmentInput
    """
    LocationId associated with the post
    """
    locationId: String
    """
    Location name associated with the post
    """
    locationName: String
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
    """
    Topic associated with the post
    """
    topic: String
    """
    The type of the post
    """
    type: PostType
  }

  """
  TikTok post metadata
  """
  input TikTokPostMetadataInput {
    """
    Whether the post discloses AI-generated content (TikTok video only)
    """
    isAiGenerated: Boolean
    """
    The title of the TikTok post (for photo posts)
    """
    title: String
  }

  """
  Twitter post metadata
  """
  input TwitterPostMetadataInput {
    """
    Whether the post discloses AI-generated content (original tweets only, never retweets)
    """
    isAiGenerated: Boolean
    """
    The details of the tweet being retweeted
    """
    retweet: RetweetMetadataInput
    """
    The ordered list of posts that make up the thread (not paginated). This
    array is the source of truth for what gets published: every post in the
    thread, including the root post, must be provided here. Posts are
    published in order, each replying to the previous one. The first item is
    the root post and should match the top-level \`text\` on the post input.
    """
    thread: [ThreadedPostInput!]
  }

  """
  Input for an end user updating a post template. Buffer-curated
  taxonomy fields are ignored; setting them is only available to
  official Buffer clients.
  """
  input UpdatePostTemplateInput {
    """
    The ID of the template to update.
    """
    id: PostTemplateId!
    """
    The main content body of the template, may contain {{placeholders}}.
    """
    body: String
    """
    A short user-facing description of the template.
    """
    description: String
    """
    The emoji associated with the template.
    """
    emoji: String
    """
    The title of the template.
    """
    title: String
    """
    \`public\` is rejected — it is only available to official Buffer
    clients.
    """
    visibility: PostTemplateVisibility
  }

  """
  User tag in the image
  """
  input UserTagInput {
    """
    The handle (username) of the account to tag, without the leading @.
    """
    handle: String!
    """
    Horizontal position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image width from the left edge (0.5 is the horizontal center). Pass a number, not a string, and do not use pixel coordinates; to convert, divide the pixel X by the image width.
    """
    x: Float!
    """
    Vertical position of the tag as a normalized decimal float between 0.0 and 1.0 - the fraction of the image height from the top edge (0.5 is the vertical center). Pass a number, not a string, and do not use pixel coordinates; to convert, divide the pixel Y by the image height.
    """
    y: Float!
  }

  """
  Video asset
  """
  input VideoAssetInput {
    """
    Video specific metadata
    """
    metadata: VideoMetadataInput
    """
    Do not use: social networks do not accept custom video thumbnail images, and
    the API rejects video assets that set this field. To choose the video
    thumbnail, set \`metadata.thumbnailOffset\` to select a frame from the video
    (supported for Instagram, TikTok, and Pinterest only).
    """
    thumbnailUrl: String
    """
    URL to the file source
    """
    url: String!
  }

  """
  Video metadata
  """
  input VideoMetadataInput {
    """
    Offset of the thumbnail chosen for the video, in ms
    """
    thumbnailOffset: Int
    """
    Video title
    """
    title: String
  }

  """
  Youtube post metadata
  """
  input YoutubePostMetadataInput {
    """
    Youtube Category ID, one ID of this list:
    ID: 1 -> Film & Animation
    ID: 2 -> Autos & Vehicles
    ID: 10 -> Music
    ID: 15 -> Pets & Animals
    ID: 17 -> Sports
    ID: 19 -> Travel & Events
    ID: 20 -> Gaming
    ID: 22 -> People & Blogs
    ID: 23 -> Comedy
    ID: 24 -> Entertainment
    ID: 25 -> News & Politics
    ID: 26 -> Howto & Style
    ID: 27 -> Education
    ID: 28 -> Science & Technology
    ID: 29 -> Nonprofits & Activism

    Required on create; optional on edit (omitted preserves existing value).
    """
    categoryId: String
    """
    Indicates whether the video allows embedding (default: true)
    """
    embeddable: Boolean
    """
    Whether the post discloses AI-generated content
    """
    isAiGenerated: Boolean
    """
    Video license (default: youtube)
    """
    license: YoutubeLicense
    """
    Indicates whether the video is suitable for kids (default: false)
    """
    madeForKids: Boolean
    """
    Indicates whether to notify subscribers on publish video (default: true)
    """
    notifySubscribers: Boolean
    """
    Privacy setting for post (default: public)
    """
    privacy: YoutubePrivacy
    """
    Title of the Youtube post. Required on create; optional on edit (omitted preserves existing value).
    """
    title: String
  }
`;

/** Builds the executable-less schema (no resolvers) from `typeDefs`, its custom scalars as strict as Buffer's. */
export function buildSandboxSchema(): GraphQLSchema {
  return makeScalarsStrict(buildSchema(typeDefs));
}
