/// Common given names and titles whose bearers are mostly of one gender, so that "she" can skip a
/// man named in full and "he" a woman, and "Mrs. Roe" is not taken for Mr. John Roe. A name missing
/// here only leaves the gender unknown.
enum GivenNames {
    static let femaleTitles = SpeechCues.keys("""
        mrs ms miss madam lady queen princess baroness duchess spokeswoman chairwoman congresswoman businesswoman
        """)
    static let maleTitles = SpeechCues.keys("mr king prince lord duke baron sir spokesman chairman congressman businessman")

    /// Whether the word with key `key` (a title or a given name) tells a woman (true), a man (false), or neither (nil).
    static func gender(_ key: UInt64, title: Bool) -> Bool? {
        if (title ? femaleTitles : female).contains(key) { return true }
        if (title ? maleTitles : male).contains(key) { return false }
        return nil
    }

    static let female = SpeechCues.keys("""
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret \
        sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
        sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
        katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce \
        virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline \
        martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace \
        denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie \
        kayla alexis lori sonia elena ruth \
        michele nancy tammy claire kirsten elise susana jill janet \
        hope sheila marsha jeanne wendy dana valerie donna tina gretchen katy anne angela ursula theresa \
        jacinda marine giorgia indira benazir golda margaret hillary carly nikki cindy jane \
        kathy susie debbie peggy becky sally molly holly kristen katie allison erin meghan
        """)
    static let male = SpeechCues.keys("""
        james robert john michael david william richard joseph thomas charles christopher daniel matthew \
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason \
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel \
        gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas \
        zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin \
        carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan \
        wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bernard ted \
        mike bill hugh chris rick kevin mitch harry \
        tim tom ben dick al jim bob ken fred sam steve dan tony jon greg ron ed pete jimmy ronald gerald \
        lyndon dwight franklin herbert calvin woodrow theodore reid jeff karl stephen \
        vladimir xi emmanuel boris justin narendra recep benjamin angelo antonio giuseppe francois jacques \
        hans klaus olaf wolfgang sergei dmitri ahmed mohammed muhammad ali omar hassan hussein abdullah \
        bernie marco corey chuck rudy marty martin howard neil luis carlos
        """)
}
